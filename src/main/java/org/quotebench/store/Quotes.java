package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.quotebench.core.EditConflict;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Revision;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * The quotes of a workspace. Every write checks the quote, mention and cue spans against the
 * article's text and stores the quoted text ({@code exact}) as the article has it.
 */
public final class Quotes {
    private final Transactions transactions;

    Quotes(Transactions transactions) {
        this.transactions = transactions;
    }

    public Quote add(QuoteDraft draft) {
        return transactions.write("Adding a quote", connection -> {
            String text = Articles.text(connection, draft.articleId());
            String exact = QuoteSpans.check(text, draft.span(), draft.mention(), draft.cue());
            QuoteSpans.checkPieces(text, draft.fragments());
            QuoteSpans.checkExpected(org.quotebench.core.Fragments.words(draft.fragments(), exact), draft.expectedText(), draft.span());
            if (draft.speakerId().isPresent()) {
                Speakers.get(connection, draft.speakerId().get());
            }
            String now = Rows.now();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quote (uuid, article_id, start, \"end\", "
                    + "exact, kind, speaker_id, mention_start, mention_end, cue_start, cue_end, status, verdict, note, "
                    + "annotator, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?," + Dialect.of(connection).annotator()
                    + ",?,?) RETURNING id")) {
                insert.setString(1, Rows.newUuid());
                insert.setLong(2, draft.articleId());
                insert.setInt(3, draft.span().start());
                insert.setInt(4, draft.span().end());
                insert.setString(5, exact);
                insert.setString(6, draft.kind().code());
                Rows.bindId(insert, 7, draft.speakerId());
                Rows.bindSpan(insert, 8, draft.mention());
                Rows.bindSpan(insert, 10, draft.cue());
                insert.setString(12, draft.status().code());
                insert.setString(13, draft.verdict().code());
                Rows.bind(insert, 14, draft.note());
                Rows.bind(insert, 15, draft.annotator());
                insert.setString(16, now);
                insert.setString(17, now);
                id = Rows.insertedId(insert);
            }
            FragmentRows.write(connection, id, draft.fragments());
            setEvents(connection, id, draft.eventIds());
            return get(connection, id);
        });
    }

    public Quote get(long id) {
        return transactions.read("Reading a quote", connection -> get(connection, id));
    }

    /** The quote with this id, if there is one (someone may have deleted it). */
    public Optional<Quote> find(long id) {
        return transactions.read("Reading a quote", connection -> QuoteRows.byId(connection, id));
    }

    /** The quotes the filter lets through, by article, start, end and id, read in three queries. */
    public List<Quote> list(QuoteFilter filter) {
        SqlWhere where = new SqlWhere();
        filter.articleId().ifPresent(id -> where.and("q.article_id = ?", id));
        filter.speakerId().ifPresent(id -> where.and("q.speaker_id = ?", id));
        filter.eventId().ifPresent(id -> where.and("q.id IN (SELECT quote_id FROM quote_event WHERE event_id = ?)", id));
        filter.status().ifPresent(status -> where.and("q.status = ?", status.code()));
        return transactions.readSnapshot("Listing quotes",
                connection -> QuoteRows.read(connection, where));
    }

    /**
     * Every quote of one article (any status) by start, end and id, with speakers and events, read in
     * three queries however many quotes there are. An unknown article has none.
     */
    public List<Quote> ofArticle(long articleId) {
        SqlWhere where = new SqlWhere().and("q.article_id = ?", articleId);
        return transactions.readSnapshot("Reading an article's quotes",
                connection -> QuoteRows.read(connection, where));
    }

    /** How many quotes the workspace holds, whatever their status. */
    public int count() {
        return count(new SqlWhere());
    }

    /** How many quotes have this status (for example, suggestions still to review). */
    public int count(QuoteStatus status) {
        return count(new SqlWhere().and("q.status = ?", status.code()));
    }

    private int count(SqlWhere where) {
        return transactions.read("Counting quotes", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM quote q WHERE " + where.sql())) {
                where.bind(query, 1);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /**
     * Makes the stored quote exactly {@code snapshot} (same id, uuid, spans, links and timestamps):
     * inserts it again if it was deleted, replaces it if it exists. This is how the window undoes a
     * delete or an edit. The spans are checked against the article like any write; a snapshot whose
     * article, speaker or events are gone, or whose id now belongs to another quote, is refused.
     */
    public Quote restore(Quote snapshot) {
        return transactions.write("Restoring a quote", connection -> {
            QuoteRestore.apply(connection, snapshot);
            return get(connection, snapshot.id());
        });
    }

    /** Applies a change whatever the stored revision; the quote's spans are checked against the text again. */
    public Quote edit(long id, QuoteChange change) {
        return transactions.write("Changing a quote", connection -> edit(connection, id, OptionalInt.empty(), change));
    }

    /**
     * Applies a change made on revision {@code seenRevision} of the quote: refused with an
     * {@link EditConflict} (nothing stored) when the stored quote has another revision, that is when
     * someone else changed it since (issue 25), unless the stored quote already is what the change
     * makes of it (they made the same change): then it is returned as stored, its revision theirs.
     */
    public Quote edit(long id, int seenRevision, QuoteChange change) {
        return transactions.write("Changing a quote", connection -> edit(connection, id, OptionalInt.of(seenRevision), change));
    }

    private static Quote edit(Connection connection, long id, OptionalInt seenRevision, QuoteChange change) throws SQLException {
        Quote quote = get(connection, id);
        if (changedSince(quote, seenRevision) && change.leaves(quote)) {
            return quote; // someone else made this same change meanwhile: nothing of theirs is overwritten, nothing to store
        }
        refuseIfChanged(quote, seenRevision);
        String text = Articles.text(connection, quote.articleId());
        Span span = change.span().orElse(quote.span());
        Optional<Span> mention = change.clearMention() ? Optional.empty() : change.mention().or(quote::mention);
        Optional<Span> cue = change.clearCue() ? Optional.empty() : change.cue().or(quote::cue);
        String exact = QuoteSpans.check(text, span, mention, cue);
        List<Span> pieces = change.fragments().orElse(change.span().isPresent() ? List.of(span) : quote.fragments());
        QuoteSpans.checkPieces(text, pieces);
        Optional<Long> speakerId = change.clearSpeaker() ? Optional.empty()
                : change.speakerId().or(() -> quote.speaker().map(s -> s.id()));
        if (speakerId.isPresent()) {
            Speakers.get(connection, speakerId.get());
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE quote SET start = ?, \"end\" = ?, exact = ?, "
                + "kind = ?, speaker_id = ?, mention_start = ?, mention_end = ?, cue_start = ?, cue_end = ?, "
                + "status = ?, verdict = ?, note = ?, annotator = ?, updated_at = ? WHERE id = ?")) {
            update.setInt(1, span.start());
            update.setInt(2, span.end());
            update.setString(3, exact);
            update.setString(4, change.kind().orElse(quote.kind()).code());
            Rows.bindId(update, 5, speakerId);
            Rows.bindSpan(update, 6, mention);
            Rows.bindSpan(update, 8, cue);
            update.setString(10, change.status().orElse(quote.status()).code());
            update.setString(11, change.verdict().orElse(quote.verdict()).code());
            Rows.bind(update, 12, change.note().or(quote::note).filter(n -> !n.isBlank()));
            Rows.bind(update, 13, change.annotator().or(quote::annotator));
            update.setString(14, Rows.now());
            update.setLong(15, id);
            update.executeUpdate();
        }
        FragmentRows.write(connection, id, pieces);
        if (change.eventIds().isPresent()) {
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM quote_event WHERE quote_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            setEvents(connection, id, change.eventIds().get());
        }
        Quote after = get(connection, id);
        return after.withRevision(countChange(connection, quote, after, change.annotator()));
    }

    /**
     * Gives the quote its next revision, saying who changed what from {@code before} to {@code after}, if
     * anything changed; returns the revision it has now.
     */
    private static Revision countChange(Connection connection, Quote before, Quote after, Optional<String> by) throws SQLException {
        List<String> changed = ChangedFields.of(before, after);
        if (changed.isEmpty()) {
            return before.revision(); // nothing changed: whoever read this revision still has it
        }
        String changer = RowRevisions.changer(connection, by);
        try (PreparedStatement bump = connection.prepareStatement("UPDATE quote SET " + RowRevisions.BUMP + " WHERE id = ?")) {
            RowRevisions.bind(bump, 1, changer, changed);
            bump.setLong(4, after.id());
            bump.executeUpdate();
        }
        return new Revision(before.revision().number() + 1, Optional.of(changer), changed);
    }

    private static void refuseIfChanged(Quote stored, OptionalInt seenRevision) {
        if (changedSince(stored, seenRevision)) {
            throw EditConflict.ofQuote(stored);
        }
    }

    private static boolean changedSince(Quote stored, OptionalInt seenRevision) {
        return seenRevision.isPresent() && seenRevision.getAsInt() != stored.revision().number();
    }

    /** Removes a quote whatever its revision; returns its id. */
    public long delete(long id) {
        return transactions.write("Deleting a quote", connection -> delete(connection, id, OptionalInt.empty()));
    }

    /** Removes a quote read at revision {@code seenRevision}: refused with an {@link EditConflict} when someone changed it since. */
    public long delete(long id, int seenRevision) {
        return transactions.write("Deleting a quote", connection -> delete(connection, id, OptionalInt.of(seenRevision)));
    }

    private static long delete(Connection connection, long id, OptionalInt seenRevision) throws SQLException {
        refuseIfChanged(get(connection, id), seenRevision);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quote WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        return id;
    }

    static void setEvents(Connection connection, long quoteId, List<Long> eventIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quote_event (quote_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (long eventId : eventIds) {
                Events.get(connection, eventId);
                insert.setLong(1, quoteId);
                insert.setLong(2, eventId);
                insert.executeUpdate();
            }
        }
    }

    private static Quote get(Connection connection, long id) throws SQLException {
        return QuoteRows.byId(connection, id).orElseThrow(() -> new QuotebenchException("No quote with id " + id + "."));
    }
}
