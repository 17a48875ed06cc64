package org.quotebench.ui.speakers;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import org.quotebench.ui.undo.UndoHistory;

/**
 * Changes to speakers as undoable steps: each runs in one transaction on the workspace thread and
 * returns the speakers and quotes as they were before and after.
 */
final class SpeakerSteps {
    private SpeakerSteps() {
    }

    /** Merges {@code otherId} into {@code keepId}: both speakers and the moved quotes, before and after. */
    static UndoHistory.Step merge(Workspace ws, long keepId, long otherId) {
        return ws.change("Merging speakers", () -> {
            Speaker keep = ws.speakers().get(keepId);
            Speaker other = ws.speakers().get(otherId);
            List<Quote> before = quotesOf(ws, otherId);
            Speaker merged = ws.speakers().merge(keepId, otherId);
            return new UndoHistory.Step("Merge " + other.name() + " into " + keep.name(), before, reread(ws, before),
                    List.of(keep, other), List.of(merged));
        });
    }

    /**
     * Changes a speaker's fields, as {@code seen} showed them (refused when someone else changed them
     * since); its quotes are carried along so that the panes show the new name.
     */
    static UndoHistory.Step edit(Workspace ws, Speaker seen, SpeakerDraft draft) {
        long id = seen.id();
        return ws.change("Changing a speaker", () -> {
            Speaker was = ws.speakers().get(id);
            List<Quote> before = quotesOf(ws, id);
            Speaker now = ws.speakers().update(seen, draft);
            return new UndoHistory.Step("Change speaker " + was.name(), before, reread(ws, before), List.of(was), List.of(now));
        });
    }

    /** Deletes a speaker; its quotes stay, without a speaker. */
    static UndoHistory.Step delete(Workspace ws, long id) {
        return ws.change("Deleting a speaker", () -> {
            Speaker was = ws.speakers().get(id);
            List<Quote> before = quotesOf(ws, id);
            ws.speakers().delete(id);
            return new UndoHistory.Step("Delete speaker " + was.name(), before, reread(ws, before), List.of(was), List.of());
        });
    }

    static List<Quote> quotesOf(Workspace ws, long speakerId) {
        return ws.quotes().list(new QuoteFilter(Optional.empty(), Optional.of(speakerId), Optional.empty(), Optional.empty()));
    }

    private static List<Quote> reread(Workspace ws, List<Quote> quotes) {
        return quotes.stream().map(q -> ws.quotes().get(q.id())).toList();
    }
}
