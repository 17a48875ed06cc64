package org.quotebench.ui.speakers;

import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.store.Workspace;
import org.quotebench.ui.undo.UndoHistory;

/** The Speakers view's edit of a speaker, as one undo step, for tests outside its package. */
public final class SpeakerStepsAccess {
    private SpeakerStepsAccess() {
    }

    public static UndoHistory.Step edit(Workspace ws, Speaker seen, SpeakerDraft draft) {
        return SpeakerSteps.edit(ws, seen, draft);
    }
}
