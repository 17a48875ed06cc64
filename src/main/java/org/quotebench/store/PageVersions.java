package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;

/**
 * Versions of a page fetched again: a fetched draft whose address (or canonical address) is that of
 * a page already fetched, with another text, becomes the next version of that page. The new version
 * keeps the details the user may have fixed (outlet, author, date, language, address) and takes the
 * page's new headline; it covers the same events.
 */
final class PageVersions {
    private PageVersions() {
    }

    /** The latest version of a page: its id, lineage, version number and details. */
    record Latest(long id, String lineage, int version, boolean lineageStored, ArticleMetadata metadata) {
        /** The new version's details: the page's headline (else the last one), the rest as the last version had them. */
        ArticleMetadata carriedOver(ArticleMetadata fetched) {
            return new ArticleMetadata(fetched.title().or(metadata::title), metadata.outlet().or(fetched::outlet),
                    metadata.author().or(fetched::author), metadata.url().or(fetched::url),
                    metadata.publishedOn().or(fetched::publishedOn), metadata.language().or(fetched::language));
        }
    }

    /** The latest version of the page a fetched draft is a new version of; empty for a file or a page not fetched before. */
    static Optional<Latest> latest(Connection connection, ArticleDraft draft) throws SQLException {
        if (!draft.origin().fetched() || draft.metadata().url().isEmpty()) {
            return Optional.empty();
        }
        String url = draft.metadata().url().get();
        String canonical = draft.origin().canonicalUrl().orElse(url);
        Optional<String> page = pageOf(connection, url, canonical);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<ArticleInfo> versions = Articles.ofPage(connection, page.get());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ArticleInfo last = versions.get(versions.size() - 1);
        return Optional.of(new Latest(last.id(), page.get(), last.versions().version(), last.versions().lineage().isPresent(),
                last.metadata()));
    }

    /**
     * The lineage (else the uuid) of the first page fetched from {@code url} or {@code canonical}, matched
     * against both stored addresses (indexed).
     */
    static Optional<String> pageOf(Connection connection, String url, String canonical) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(lineage, uuid) FROM article WHERE "
                + "fetched_at IS NOT NULL AND (url IN (?, ?) OR canonical_url IN (?, ?)) ORDER BY id LIMIT 1")) {
            query.setString(1, url);
            query.setString(2, canonical);
            query.setString(3, url);
            query.setString(4, canonical);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Marks the first version with the lineage (the first time the page changed) and, with
     * {@code carryOverEvents} (a page fetched again), gives the new version the events of the one before.
     */
    static void continueFrom(Connection connection, Latest previous, long newId, boolean carryOverEvents) throws SQLException {
        if (!previous.lineageStored()) {
            try (PreparedStatement mark = connection.prepareStatement("UPDATE article SET lineage = ? WHERE id = ?")) {
                mark.setString(1, previous.lineage());
                mark.setLong(2, previous.id());
                mark.executeUpdate();
            }
        }
        if (!carryOverEvents) {
            return;
        }
        try (PreparedStatement events = connection.prepareStatement(
                "INSERT INTO article_event (article_id, event_id) SELECT ?, event_id FROM article_event WHERE article_id = ? "
                        + "ON CONFLICT DO NOTHING")) {
            events.setLong(1, newId);
            events.setLong(2, previous.id());
            events.executeUpdate();
        }
    }
}
