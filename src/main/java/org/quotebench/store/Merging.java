package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;

/**
 * Brings rows from another workspace in under their own UUIDs, so that the same article, speaker,
 * event or quote is recognised in both: found by UUID, else by text (articles) or name (speakers,
 * events), else added keeping its UUID (and a quote its timestamps). A quote both sides have but
 * with different contents is resolved newest-wins by {@code updated_at}; the caller reports the
 * version that lost. Run inside {@link Workspace#change} so that a bundle goes in whole or not at all.
 */
public final class Merging {
    private final Workspace workspace;
    private final Transactions transactions;

    Merging(Workspace workspace, Transactions transactions) {
        this.workspace = workspace;
        this.transactions = transactions;
    }

    /** What became of a quote from elsewhere; {@code local} is the version this workspace had before, if any. */
    public enum Outcome { ADDED, SAME, REPLACED, KEPT }

    public record QuoteMerge(Outcome outcome, Quote stored, Optional<Quote> local) {
    }

    public record ArticleMerge(long id, boolean added) {
    }

    public ArticleMerge article(String uuid, ArticleDraft draft) {
        Optional<Long> byUuid = idByUuid("article", uuid);
        if (byUuid.isPresent()) {
            return new ArticleMerge(byUuid.get(), false);
        }
        ImportOutcome outcome = workspace.articles().importArticle(draft);
        if (outcome instanceof ImportOutcome.Imported done) {
            setUuid("article", done.article().id(), uuid);
            return new ArticleMerge(done.article().id(), true);
        }
        return new ArticleMerge(((ImportOutcome.Duplicate) outcome).existingArticleId(), false);
    }

    public long speaker(String uuid, SpeakerDraft draft) {
        Optional<Long> byUuid = idByUuid("speaker", uuid);
        if (byUuid.isPresent()) {
            return byUuid.get();
        }
        Optional<Speaker> byName = workspace.speakers().findByName(draft.name());
        if (byName.isPresent()) {
            return byName.get().id();
        }
        long id = workspace.speakers().add(draft).id();
        setUuid("speaker", id, uuid);
        return id;
    }

    public long event(String uuid, EventDraft draft) {
        Optional<Long> byUuid = idByUuid("event", uuid);
        if (byUuid.isPresent()) {
            return byUuid.get();
        }
        Optional<Event> byName = workspace.events().findByName(draft.name());
        if (byName.isPresent()) {
            return byName.get().id();
        }
        long id = workspace.events().add(draft).id();
        setUuid("event", id, uuid);
        return id;
    }

    public QuoteMerge quote(String uuid, QuoteDraft draft, String createdAt, String updatedAt) {
        Optional<Long> byUuid = idByUuid("quote", uuid);
        if (byUuid.isEmpty()) {
            Quote added = workspace.quotes().add(draft);
            // A bundle without times (written by hand, say) leaves the times of now rather than blanks.
            String created = createdAt.isBlank() ? added.createdAt() : createdAt;
            String updated = updatedAt.isBlank() ? added.updatedAt() : updatedAt;
            transactions.write("Keeping a quote's identity", connection -> update(connection,
                    "UPDATE quote SET uuid = ?, created_at = ?, updated_at = ? WHERE id = ?", uuid, created, updated, added.id()));
            return new QuoteMerge(Outcome.ADDED, workspace.quotes().get(added.id()), Optional.empty());
        }
        Quote local = workspace.quotes().get(byUuid.get());
        if (sameContent(local, draft)) {
            return new QuoteMerge(Outcome.SAME, local, Optional.of(local));
        }
        if (updatedAt.isBlank() || !newer(updatedAt, local.updatedAt())) {
            return new QuoteMerge(Outcome.KEPT, local, Optional.of(local));
        }
        QuoteChange change = new QuoteChange(Optional.of(draft.span()), Optional.of(draft.kind()), Optional.of(draft.status()),
                Optional.of(draft.verdict()), Optional.of(draft.note().orElse("")), draft.speakerId(), draft.speakerId().isEmpty(),
                draft.mention(), draft.mention().isEmpty(), draft.cue(), draft.cue().isEmpty(), Optional.of(draft.eventIds()),
                draft.annotator());
        workspace.quotes().edit(local.id(), change);
        transactions.write("Keeping a quote's time", connection -> update(connection, "UPDATE quote SET updated_at = ? WHERE id = ?",
                updatedAt, local.id()));
        return new QuoteMerge(Outcome.REPLACED, workspace.quotes().get(local.id()), Optional.of(local));
    }

    /**
     * Whether {@code theirs} is later than {@code ours}, as instants: "…:01Z" is earlier than
     * "…:01.120Z", though it sorts after it as text.
     */
    static boolean newer(String theirs, String ours) {
        try {
            return java.time.Instant.parse(theirs).isAfter(java.time.Instant.parse(ours));
        } catch (java.time.format.DateTimeParseException e) {
            return theirs.compareTo(ours) > 0;
        }
    }

    private static boolean sameContent(Quote q, QuoteDraft d) {
        return q.articleId() == d.articleId() && q.span().equals(d.span()) && q.kind() == d.kind() && q.status() == d.status()
                && q.verdict() == d.verdict() && q.note().equals(d.note()) && q.speaker().map(Speaker::id).equals(d.speakerId())
                && q.mention().equals(d.mention()) && q.cue().equals(d.cue()) && q.annotator().equals(d.annotator())
                && q.events().stream().map(Event::id).sorted().toList().equals(d.eventIds().stream().sorted().toList());
    }

    private Optional<Long> idByUuid(String table, String uuid) {
        return transactions.read("Finding by UUID", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM " + table + " WHERE uuid = ?")) {
                query.setString(1, uuid);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private void setUuid(String table, long id, String uuid) {
        transactions.write("Keeping an identity", connection -> update(connection, "UPDATE " + table + " SET uuid = ? WHERE id = ?",
                uuid, id));
    }

    private static Void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
        return null;
    }
}
