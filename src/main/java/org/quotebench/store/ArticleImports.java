package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Offsets;
import org.quotebench.core.WebOrigin;

/**
 * Storing new articles: a text already in the workspace (or earlier in the batch) is a duplicate; a page
 * fetched again with another text is the next version of that page ({@link PageVersions}); an annotation
 * file's article keeps the details the file gives.
 */
final class ArticleImports {
    private ArticleImports() {
    }

    /**
     * Stores the drafts on {@code connection}, inside the caller's transaction; a fetched page's draft
     * joins the page fetched before from its address as its next version. With {@code carryOver} it takes
     * that version's details (a page fetched again); without, it keeps its own (an annotation file's article).
     */
    static List<ImportOutcome> store(Connection connection, List<ArticleDraft> drafts, boolean carryOver) throws SQLException {
        List<ImportOutcome> outcomes = new ArrayList<>(drafts.size());
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM article WHERE text_sha256 = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO article (uuid, title, outlet, "
                     + "author, url, published_on, language, source_name, encoding, text, text_sha256, length_cp, "
                     + "imported_at, canonical_url, fetched_at, http_status, archived_at, lineage, version) "
                     + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            for (ArticleDraft draft : drafts) {
                outcomes.add(one(connection, find, insert, draft, carryOver));
            }
        }
        return outcomes;
    }

    private static ImportOutcome one(Connection connection, PreparedStatement find, PreparedStatement insert,
            ArticleDraft draft, boolean carryOver) throws SQLException {
        String sha = Articles.sha256(draft.text());
        find.setString(1, sha);
        try (ResultSet existing = find.executeQuery()) {
            if (existing.next()) {
                return new ImportOutcome.Duplicate(existing.getLong(1));
            }
        }
        Optional<PageVersions.Latest> page = PageVersions.latest(connection, draft);
        ArticleMetadata meta = carryOver ? page.map(p -> p.carriedOver(draft.metadata())).orElse(draft.metadata()) : draft.metadata();
        String uuid = Rows.newUuid();
        insert.setString(1, uuid);
        Articles.bind(insert, 2, meta);
        Rows.bind(insert, 8, Optional.ofNullable(draft.sourceName()));
        insert.setString(9, draft.encoding());
        insert.setString(10, draft.text());
        insert.setString(11, sha);
        insert.setInt(12, Offsets.length(draft.text()));
        insert.setString(13, Rows.now());
        WebOrigin origin = draft.origin();
        Rows.bind(insert, 14, origin.canonicalUrl());
        Rows.bind(insert, 15, origin.fetchedAt());
        if (origin.httpStatus().isPresent()) {
            insert.setInt(16, origin.httpStatus().getAsInt());
        } else {
            insert.setNull(16, java.sql.Types.INTEGER);
        }
        Rows.bind(insert, 17, origin.archivedAt());
        Rows.bind(insert, 18, page.map(PageVersions.Latest::lineage));
        insert.setInt(19, page.map(p -> p.version() + 1).orElse(1));
        long id = Rows.insertedId(insert);
        if (page.isPresent()) {
            PageVersions.continueFrom(connection, page.get(), id, carryOver);
        }
        return new ImportOutcome.Imported(Articles.info(connection, id).orElseThrow());
    }
}
