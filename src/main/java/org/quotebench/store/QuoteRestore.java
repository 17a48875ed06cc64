package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Revision;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Speaker;

/** Writes a quote back exactly as a snapshot has it, for undo; refuses snapshots that no longer fit the workspace. */
final class QuoteRestore {
    private QuoteRestore() {
    }

    /** Inserts or replaces the row, the pieces and the events of {@code snapshot}; runs inside the caller's transaction. */
    static void apply(Connection connection, Quote snapshot) throws SQLException {
        String what = "Cannot restore quote " + snapshot.id();
        String text;
        try {
            text = Articles.text(connection, snapshot.articleId());
        } catch (QuotebenchException e) {
            throw new QuotebenchException(what + ": its article (id " + snapshot.articleId() + ") no longer exists.", e);
        }
        String exact;
        try {
            exact = QuoteSpans.check(text, snapshot.span(), snapshot.mention(), snapshot.cue());
            QuoteSpans.checkPieces(text, snapshot.fragments());
            QuoteSpans.checkExpected(exact, Optional.of(snapshot.exact()), snapshot.span());
        } catch (QuotebenchException e) {
            throw new QuotebenchException(what + ": " + e.getMessage(), e);
        }
        if (snapshot.speaker().isPresent()) {
            Speaker speaker = snapshot.speaker().get();
            Optional<Speaker> now = SpeakerRows.byId(connection, speaker.id());
            if (now.isPresent() && !now.get().uuid().equals(speaker.uuid())) {
                throw new QuotebenchException(what + ": its speaker '" + speaker.name() + "' no longer exists (its id now belongs to '"
                        + now.get().name() + "').");
            }
            if (now.isEmpty()) {
                throw new QuotebenchException(what + ": its speaker '" + speaker.name() + "' (id " + speaker.id()
                        + ") no longer exists; it may have been merged into another speaker.");
            }
        }
        for (Event event : snapshot.events()) {
            if (!exists(connection, "SELECT 1 FROM event WHERE id = ?", event.id())) {
                throw new QuotebenchException(what + ": its event '" + event.name() + "' (id " + event.id()
                        + ") no longer exists.");
            }
        }
        checkIdentity(connection, snapshot, what);
        Optional<Quote> stored = QuoteRows.byId(connection, snapshot.id());
        write(connection, snapshot, exact);
        FragmentRows.write(connection, snapshot.id(), snapshot.fragments());
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM quote_event WHERE quote_id = ?")) {
            clear.setLong(1, snapshot.id());
            clear.executeUpdate();
        }
        Quotes.setEvents(connection, snapshot.id(), snapshot.events().stream().map(Event::id).toList());
        Quote restored = QuoteRows.byId(connection, snapshot.id()).orElseThrow();
        List<String> changed = stored.map(q -> ChangedFields.of(q, restored)).orElse(List.of());
        if (stored.isPresent() && changed.isEmpty()) {
            return; // nothing changed: the revision stays
        }
        // A deleted quote comes back as the revision it was; putting back an older state over a newer one is a
        // change like any other: a revision past both, so that whoever saw the newer one is told.
        Revision revision = stored.isEmpty() ? snapshot.revision()
                : new Revision(Math.max(stored.get().revision().number(), snapshot.revision().number()) + 1,
                        Optional.of(RowRevisions.changer(connection, Optional.empty())), changed);
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE quote SET revision = ?, changed_by = ?, changed_what = ? WHERE id = ?")) {
            bump.setInt(1, revision.number());
            bump.setString(2, revision.by().orElse(null));
            bump.setString(3, String.join(", ", revision.what()));
            bump.setLong(4, snapshot.id());
            bump.executeUpdate();
        }
    }

    /**
     * SQLite may give a deleted quote's id to a new quote; restoring over that one would silently
     * destroy it, so the id and the uuid must both still belong to this quote (or to nobody).
     */
    private static void checkIdentity(Connection connection, Quote snapshot, String what) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, uuid FROM quote WHERE id = ? OR uuid = ?")) {
            query.setLong(1, snapshot.id());
            query.setString(2, snapshot.uuid());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(1) != snapshot.id() || !rows.getString(2).equals(snapshot.uuid())) {
                        throw new QuotebenchException(what + ": another quote (id " + rows.getLong(1)
                                + ") has taken its place since.");
                    }
                }
            }
        }
    }

    private static void write(Connection connection, Quote q, String exact) throws SQLException {
        // An upsert keeps the row (and so its labels) when the quote still exists, unlike INSERT OR REPLACE.
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO quote (id, uuid, article_id, start, "
                + "\"end\", exact, kind, speaker_id, mention_start, mention_end, cue_start, cue_end, status, verdict, note, "
                + "annotator, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (id) DO UPDATE SET uuid = excluded.uuid, article_id = excluded.article_id, "
                + "start = excluded.start, \"end\" = excluded.\"end\", exact = excluded.exact, kind = excluded.kind, "
                + "speaker_id = excluded.speaker_id, mention_start = excluded.mention_start, "
                + "mention_end = excluded.mention_end, cue_start = excluded.cue_start, cue_end = excluded.cue_end, "
                + "status = excluded.status, verdict = excluded.verdict, note = excluded.note, "
                + "annotator = excluded.annotator, created_at = excluded.created_at, updated_at = excluded.updated_at")) {
            upsert.setLong(1, q.id());
            upsert.setString(2, q.uuid());
            upsert.setLong(3, q.articleId());
            upsert.setInt(4, q.span().start());
            upsert.setInt(5, q.span().end());
            upsert.setString(6, exact);
            upsert.setString(7, q.kind().code());
            Rows.bindId(upsert, 8, q.speaker().map(Speaker::id));
            Rows.bindSpan(upsert, 9, q.mention());
            Rows.bindSpan(upsert, 11, q.cue());
            upsert.setString(13, q.status().code());
            upsert.setString(14, q.verdict().code());
            Rows.bind(upsert, 15, q.note());
            Rows.bind(upsert, 16, q.annotator());
            upsert.setString(17, q.createdAt());
            upsert.setString(18, q.updatedAt());
            upsert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
