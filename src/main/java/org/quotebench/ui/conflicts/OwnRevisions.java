package org.quotebench.ui.conflicts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Quote;
import org.quotebench.store.Workspace;

/**
 * The revision each quote got from this window's own last change (issue 25), written on the workspace
 * thread as changes are stored. A window sends an edit before the previous one is shown; that edit is
 * made on the view's revision or on this window's own newer one, so that its own quick edits are never
 * taken for someone else's.
 */
public final class OwnRevisions {
    private final Map<Long, Integer> revisions = new ConcurrentHashMap<>();

    /** The revision an edit of {@code quote} from this window is made on: the view's, or this window's own newer one. */
    public int seen(Quote quote) {
        return Math.max(quote.revision().number(), revisions.getOrDefault(quote.id(), 0));
    }

    /** Notes the revision a change from this window gave a quote; returns the quote. */
    public Quote own(Quote quote) {
        revisions.merge(quote.id(), quote.revision().number(), Math::max);
        return quote;
    }

    /**
     * Whether the store gave back {@code edited} as someone else left it: the change, made on revision
     * {@code seen}, met their newer {@code before} that already was what it asked for. That revision is
     * theirs, not this window's: undo must not take it for its own.
     */
    public static boolean theirs(Quote edited, int seen, Quote before) {
        return seen != before.revision().number() && edited.equals(before);
    }

    /** Forgets a quote this window deleted. */
    public void forget(long quoteId) {
        revisions.remove(quoteId);
    }

    /**
     * Refuses (an {@link EditConflict}) to put back a step over a quote someone else changed after it:
     * each quote as the step left it ({@code expected}) must still be what is stored, or this window's
     * own later change. A quote gone since is left to the step.
     */
    public void refuseIfChangedBeyond(Workspace ws, List<Quote> expected) {
        for (Quote q : expected) {
            Optional<Quote> stored = ws.quotes().find(q.id());
            if (stored.isPresent()) {
                int now = stored.get().revision().number();
                if (now != q.revision().number() && now > revisions.getOrDefault(q.id(), 0)) {
                    throw EditConflict.ofQuote(stored.get());
                }
            }
        }
    }
}
