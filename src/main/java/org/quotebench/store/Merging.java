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

    private final ProfileMerging profiles;
    /** The quote UUIDs the bundle brings, and the quotes here already matched in this merge. */
    private final java.util.Set<String> expected = new java.util.HashSet<>();
    private final java.util.Set<Long> claimed = new java.util.HashSet<>();

    Merging(Workspace workspace, Transactions transactions) {
        this.workspace = workspace;
        this.transactions = transactions;
        this.profiles = new ProfileMerging(workspace, transactions);
    }

    /** What became of a quote from elsewhere; {@code local} is the version this workspace had before, if any. */
    public enum Outcome { ADDED, SAME, REPLACED, KEPT }

    public record QuoteMerge(Outcome outcome, Quote stored, Optional<Quote> local) {
    }

    public record ArticleMerge(long id, boolean added) {
    }

    /** Says that the bundle brings a quote of this UUID: the quote here of that UUID is never matched by its span to another. */
    public void expect(String quoteUuid) {
        expected.add(quoteUuid);
    }

    /** A speaker or event as merged: its id here, and whether a field both sides had differed (the caller reports it). */
    public record Merged<T>(long id, boolean conflict, boolean theirsKept, Optional<T> before) {
    }

    /** The article by UUID, else by text, else added; a UUID whose article here has another text is refused. */
    public ArticleMerge article(String uuid, ArticleDraft draft) {
        Optional<Long> byUuid = idByUuid(transactions, "article", uuid);
        if (byUuid.isPresent()) {
            if (!workspace.articles().get(byUuid.get()).text().equals(draft.text())) {
                throw new MergeRefused("its article " + uuid + " is article " + byUuid.get() + " here, with a different text");
            }
            return new ArticleMerge(byUuid.get(), false);
        }
        ImportOutcome outcome = workspace.articles().importArticle(draft);
        if (outcome instanceof ImportOutcome.Imported done) {
            setUuid("article", done.article().id(), uuid);
            return new ArticleMerge(done.article().id(), true);
        }
        return new ArticleMerge(((ImportOutcome.Duplicate) outcome).existingArticleId(), false);
    }

    /** The speaker by UUID, else by name, else added: missing fields filled, differing ones newest-wins ({@code updatedAt}). */
    public Merged<Speaker> speaker(String uuid, SpeakerDraft draft, String updatedAt) {
        return merged(profiles.speaker(uuid, draft, updatedAt));
    }

    /** The event by UUID, else by name, else added: missing fields filled, differing ones newest-wins ({@code updatedAt}). */
    public Merged<Event> event(String uuid, EventDraft draft, String updatedAt) {
        return merged(profiles.event(uuid, draft, updatedAt));
    }

    private static <T> Merged<T> merged(ProfileMerging.Merged<T> merged) {
        return new Merged<>(merged.id(), merged.conflict(), merged.resolution() == ProfileMerging.Resolution.REPLACED, merged.before());
    }

    /**
     * The quote by UUID, else the one of the same annotator on the same span (marked on both sides
     * independently), else added. A UUID that is a quote of another article here is refused.
     */
    public QuoteMerge quote(String uuid, QuoteDraft draft, String createdAt, String updatedAt) {
        Optional<Long> byUuid = idByUuid(transactions, "quote", uuid);
        if (byUuid.isPresent() && workspace.quotes().get(byUuid.get()).articleId() != draft.articleId()) {
            throw new MergeRefused("its quote " + uuid + " is a quote of article " + workspace.quotes().get(byUuid.get()).articleId()
                    + " here, not of article " + draft.articleId());
        }
        if (byUuid.isEmpty()) { // at most one quote here for each of theirs, and none the bundle brings under its own UUID
            byUuid = workspace.quotes().ofArticle(draft.articleId()).stream()
                    .filter(q -> q.span().equals(draft.span()) && q.annotator().equals(draft.annotator()) && !claimed.contains(q.id())
                            && !expected.contains(q.uuid())).map(Quote::id).findFirst();
        }
        byUuid.ifPresent(claimed::add);
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
                draft.annotator(), Optional.of(draft.fragments()));
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
        return q.articleId() == d.articleId() && q.fragments().equals(d.fragments()) && q.kind() == d.kind() && q.status() == d.status()
                && q.verdict() == d.verdict() && q.note().equals(d.note()) && q.speaker().map(Speaker::id).equals(d.speakerId())
                && q.mention().equals(d.mention()) && q.cue().equals(d.cue()) && q.annotator().equals(d.annotator())
                && q.events().stream().map(Event::id).sorted().toList().equals(d.eventIds().stream().sorted().toList());
    }

    static Optional<Long> idByUuid(Transactions transactions, String table, String uuid) {
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
        setUuid(transactions, table, id, uuid);
    }

    /** Gives a row the UUID it has elsewhere, so that the same row is recognised on both sides. */
    static void setUuid(Transactions transactions, String table, long id, String uuid) {
        transactions.write("Keeping an identity", connection -> update(connection, "UPDATE " + table + " SET uuid = ? WHERE id = ?",
                uuid, id));
    }

    static Void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
        return null;
    }
}
