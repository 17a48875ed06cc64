package org.quotebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteStatus;
import org.quotebench.ui.conflicts.OwnRevisions;
import org.quotebench.ui.undo.UndoHistory;

/**
 * Accept all / Reject all (and accepting or rejecting a selection): every suggestion in one
 * transaction and one undo step, each changed on the revision the window showed. A suggestion someone
 * else changed meanwhile, or already accepted or rejected, is left as they made it, and the notice says so.
 */
final class SuggestionDecisions {
    private final WorkspaceSession session;
    private final UndoHistory history;
    private final OwnRevisions ownRevisions;
    private final Consumer<String> say;
    private final Consumer<Quote> show;

    /**
     * @param say  tells the user what was done ("Accepted 4 suggestions.")
     * @param show shows a quote as stored in every pane
     */
    SuggestionDecisions(WorkspaceSession session, UndoHistory history, OwnRevisions ownRevisions, Consumer<String> say,
            Consumer<Quote> show) {
        this.session = session;
        this.history = history;
        this.ownRevisions = ownRevisions;
        this.say = say;
        this.show = show;
    }

    /** Accepts or rejects suggestions (one undo step for all of them). */
    void setStatus(List<Quote> quotes, QuoteStatus status, String description) {
        if (quotes.isEmpty()) {
            return;
        }
        session.call(description, ws -> ws.change(description, () -> {
            List<Quote> before = new ArrayList<>();
            List<Quote> after = new ArrayList<>();
            List<Quote> leftAlone = new ArrayList<>();
            for (Quote q : quotes) {
                Optional<Quote> stored = ws.quotes().find(q.id());
                if (stored.isEmpty()) {
                    continue; // deleted by someone else meanwhile
                }
                try { // made on the revision shown: a suggestion someone else changed meanwhile is left as they made it
                    int seen = ownRevisions.seen(q);
                    Quote edited = ws.quotes().edit(q.id(), seen, QuoteChange.none().withStatus(status));
                    if (OwnRevisions.theirs(edited, seen, stored.get())) {
                        leftAlone.add(edited); // they accepted (or rejected) it already: theirs, not this step's
                    } else {
                        after.add(ownRevisions.own(edited));
                        before.add(stored.get());
                    }
                } catch (org.quotebench.core.EditConflict conflict) {
                    leftAlone.add(conflict.current(Quote.class).orElse(stored.get()));
                }
            }
            return new Changed(before, after, leftAlone);
        }), changed -> {
            if (!changed.after().isEmpty()) { // nothing of ours, nothing to undo
                history.record(new UndoHistory.Step(description, changed.before(), changed.after()));
            }
            String others = changed.leftAlone().isEmpty() ? "" : " " + org.quotebench.core.Plural.of(changed.leftAlone().size(), "suggestion")
                    + " someone else changed meanwhile " + (changed.leftAlone().size() == 1 ? "was" : "were") + " left as they made it.";
            if (changed.after().size() > 1 || description.startsWith("Accept all") || !others.isEmpty()) {
                say.accept((status == QuoteStatus.ACCEPTED ? "Accepted " : "Rejected ") + org.quotebench.core.Plural.of(changed.after().size(),
                        "suggestion") + "." + others);
            }
            changed.after().forEach(show);
            changed.leftAlone().forEach(show);
            session.refreshArticles(java.util.stream.Stream.concat(changed.after().stream(), changed.leftAlone().stream())
                    .map(Quote::articleId).toList());
        });
    }

    /** What a change did to its quotes, each read inside its transaction: undo puts back exactly what was stored. */
    private record Changed(List<Quote> before, List<Quote> after, List<Quote> leftAlone) {
    }
}
