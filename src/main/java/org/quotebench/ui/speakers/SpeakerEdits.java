package org.quotebench.ui.speakers;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.ui.Annotating;
import org.quotebench.ui.WorkspaceSession;
import org.quotebench.ui.conflicts.EditConflicts;
import org.quotebench.ui.conflicts.FieldEdit;

/**
 * The Speakers table's edits of one field, each an undoable step, refused when someone else changed
 * the speaker since the table showed it (issue 25): the table then shows the speaker as stored now and
 * the user keeps that or makes the edit over it, on the stored speaker, so that only the field typed
 * in changes.
 */
final class SpeakerEdits implements FieldEdit<Speaker, SpeakerDraft> {
    private final WorkspaceSession session;
    private final Annotating annotating;
    private final EditConflicts conflicts;
    private final Consumer<String> say;
    private final Runnable reload;

    /**
     * @param say hears what was done, or why not
     * @param reload lists the speakers again (after a refusal: as stored now)
     */
    SpeakerEdits(WorkspaceSession session, Annotating annotating, EditConflicts conflicts, Consumer<String> say, Runnable reload) {
        this.session = session;
        this.annotating = annotating;
        this.conflicts = conflicts;
        this.say = say;
        this.reload = reload;
    }

    @Override
    public void edit(Speaker seen, String field, Function<Speaker, SpeakerDraft> draftOf) {
        java.util.Optional<SpeakerDraft> made = FieldEdit.draft(draftOf, seen, say);
        if (made.isEmpty()) {
            reload.run();
            return;
        }
        SpeakerDraft draft = made.get();
        session.call("Changing speakers", ws -> SpeakerSteps.edit(ws, seen, draft), step -> {
            annotating.speakersChanged(step);
            say.accept("Changed " + draft.name() + ".");
        }, problem -> {
            java.util.Optional<String> already = FieldEdit.alreadyThere(problem, Speaker.class, draftOf.andThen(SpeakerEdits::aliasesInOrder),
                    s -> aliasesInOrder(SpeakerDraft.of(s)));
            say.accept(already.orElse(problem.getMessage()));
            reload.run();
            if (already.isEmpty()) { // someone else typed the same: nothing to decide
                conflicts.offer(problem, Speaker.class, "Change " + field.toLowerCase(Locale.ROOT), current -> edit(current, field, draftOf));
            }
        });
    }

    /** The draft with its aliases sorted: the same aliases typed in another order are the same speaker. */
    private static SpeakerDraft aliasesInOrder(SpeakerDraft d) {
        return new SpeakerDraft(d.name(), d.kind(), d.role(), d.affiliation(), d.description(), d.wikidata(),
                d.aliases().stream().sorted().toList());
    }
}
