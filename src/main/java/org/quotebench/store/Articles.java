package org.quotebench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Versions;
import org.quotebench.core.WebOrigin;

/** The articles of a workspace: import (with duplicate detection), listing and reading. */
public final class Articles {
    private static final String INFO_COLUMNS = "a.id, a.uuid, a.title, a.outlet, a.author, a.url, a.published_on, "
            + "a.language, a.source_name, a.encoding, a.length_cp, a.text_sha256, a.imported_at, "
            + "a.canonical_url, a.fetched_at, a.http_status, a.archived_at, a.lineage, a.version, "
            + "(SELECT max(v.version) FROM article v WHERE v.lineage = a.lineage) AS latest_version, "
            + "(SELECT count(*) FROM quote q WHERE q.article_id = a.id AND q.status <> 'rejected') AS quote_count";

    private final Transactions transactions;

    Articles(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Stores the drafts in one transaction; a text already in the workspace (or earlier in the list) is a duplicate. */
    public List<ImportOutcome> importAll(List<ArticleDraft> drafts) {
        return transactions.write("Importing articles", connection -> ArticleImports.store(connection, drafts, true));
    }

    /**
     * Stores one draft as given, in its own transaction: an article read from an annotation file keeps
     * the details and fetch record the file gives; a page the workspace has fetched before from its address
     * gets it as its next version (so versions exported together come back together), without that
     * version's details or events being carried over (see {@link PageVersions}).
     */
    public ImportOutcome importAsGiven(ArticleDraft draft) {
        return transactions.write("Importing articles", connection -> ArticleImports.store(connection, List.of(draft), false)).get(0);
    }

    /** Stores one draft in its own transaction. */
    public ImportOutcome importArticle(ArticleDraft draft) {
        return importAll(List.of(draft)).get(0);
    }

    /**
     * Replaces an article's metadata (title, outlet, author, URL, date, language) after checking it
     * ({@link org.quotebench.core.ArticleFields}); the full-text index follows the title. The text
     * never changes. Returns the article as the library lists it now.
     */
    public ArticleInfo editMetadata(long id, ArticleMetadata metadata) {
        ArticleMetadata checked = org.quotebench.core.ArticleFields.checked(metadata);
        return transactions.write("Changing an article's details", connection -> editMetadata(connection, id, checked, Optional.empty()));
    }

    /**
     * As {@link #editMetadata(long, ArticleMetadata)} for an edit made on {@code seen}, the details as the
     * editor read them: refused with an {@link org.quotebench.core.EditConflict} (nothing stored) when
     * someone else changed them since (issue 25).
     */
    public ArticleInfo editMetadata(ArticleInfo seen, ArticleMetadata metadata) {
        ArticleMetadata checked = org.quotebench.core.ArticleFields.checked(metadata);
        return transactions.write("Changing an article's details",
                connection -> editMetadata(connection, seen.id(), checked, Optional.of(seen)));
    }

    /** Stores checked details; with {@code seen}, only if the stored ones are still those. */
    private static ArticleInfo editMetadata(Connection connection, long id, ArticleMetadata checked, Optional<ArticleInfo> seen)
            throws SQLException {
        ArticleInfo before = info(connection, id).orElseThrow(() -> new QuotebenchException("No article with id " + id + "."));
        if (seen.isPresent()) {
            RowRevisions.refuseIfChanged(connection, "article", id, before.metadata(), seen.get().metadata(),
                    "The article “" + before.metadata().title().orElse(Long.toString(id)) + "”");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET title = ?, outlet = ?, author = ?, "
                + "url = ?, published_on = ?, language = ?, " + RowRevisions.BUMP + " WHERE id = ?")) {
            bind(update, 1, checked);
            RowRevisions.bind(update, 7, connection, ChangedFields.of(before.metadata(), checked));
            update.setLong(10, id);
            update.executeUpdate();
        }
        return info(connection, id).orElseThrow();
    }

    /** Binds title, outlet, author, URL, date and language to six parameters from {@code first} on. */
    static void bind(PreparedStatement statement, int first, ArticleMetadata meta) throws SQLException {
        Rows.bind(statement, first, meta.title());
        Rows.bind(statement, first + 1, meta.outlet());
        Rows.bind(statement, first + 2, meta.author());
        Rows.bind(statement, first + 3, meta.url());
        Rows.bind(statement, first + 4, meta.publishedOn());
        Rows.bind(statement, first + 5, meta.language());
    }

    /** The latest version of the page fetched from {@code url} (its address or canonical address), if one was. */
    public Optional<ArticleInfo> fetchedFrom(String url) {
        return transactions.read("Finding a page", connection -> {
            Optional<String> page = PageVersions.pageOf(connection, url, url);
            if (page.isEmpty()) {
                return Optional.<ArticleInfo>empty();
            }
            List<ArticleInfo> versions = ofPage(connection, page.get());
            return versions.isEmpty() ? Optional.<ArticleInfo>empty() : Optional.of(versions.get(versions.size() - 1));
        });
    }

    /** Every version of the page {@code id} is a version of, oldest first ([the article] when it has no other). */
    public List<ArticleInfo> versionsOf(long id) {
        return transactions.read("Listing an article's versions", connection -> {
            try (PreparedStatement key = connection.prepareStatement("SELECT coalesce(lineage, uuid) FROM article WHERE id = ?")) {
                key.setLong(1, id);
                try (ResultSet row = key.executeQuery()) {
                    if (!row.next()) {
                        throw new QuotebenchException("No article with id " + id + ".");
                    }
                    return ofPage(connection, row.getString(1));
                }
            }
        });
    }

    /**
     * The versions of a page, oldest first, by its lineage (or, for a page that never changed, its
     * uuid): both indexed, no article text read.
     */
    static List<ArticleInfo> ofPage(Connection connection, String page) throws SQLException {
        List<ArticleInfo> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + INFO_COLUMNS + " FROM article a WHERE "
                + "a.lineage = ? OR a.lineage IS NULL AND a.uuid = ? ORDER BY a.version, a.id")) {
            query.setString(1, page);
            query.setString(2, page);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(info(rows));
                }
            }
        }
        return result;
    }

    /** Every article, without text, in import order. */
    public List<ArticleInfo> list() {
        return transactions.read("Listing articles", connection -> {
            List<ArticleInfo> result = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + INFO_COLUMNS + " FROM article a ORDER BY a.id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(info(rows));
                }
            }
            return result;
        });
    }

    /**
     * The articles the library filter lets through, without text. With search text, best matches
     * first (FTS5 rank); without, newest first (undated last), then by id. Typed text can never
     * cause a query error; text without any word means no text filter.
     */
    public List<ArticleInfo> find(LibraryFilter filter) {
        SqlWhere where = new SqlWhere();
        boolean server = transactions.dialect() == Dialect.POSTGRESQL;
        Optional<String> match = filter.text().flatMap(server ? TypedQuery::forServer : TypedQuery::of);
        if (server) {
            match.ifPresent(query -> where.and(ServerQuery.MATCH)); // its one parameter is bound first, in QUERY_TABLE
        } else {
            match.ifPresent(query -> where.and("article_fts MATCH ?", query));
        }
        filter.outlet().map(String::strip).filter(o -> !o.isEmpty())
                .ifPresent(outlet -> where.and(transactions.dialect().equalsIgnoringCase("a.outlet"), outlet));
        // Articles are found through their quotes; a rejected suggestion says nothing about the article.
        filter.speakerId().ifPresent(id -> where.and(
                "a.id IN (SELECT q.article_id FROM quote q WHERE q.speaker_id = ? AND q.status <> 'rejected')", id));
        filter.eventId().ifPresent(id -> where.and("a.id IN (SELECT q.article_id FROM quote_event qe "
                + "JOIN quote q ON q.id = qe.quote_id WHERE qe.event_id = ? AND q.status <> 'rejected' "
                + "UNION SELECT ae.article_id FROM article_event ae WHERE ae.event_id = ?)", id, id));
        filter.verdict().ifPresent(verdict -> where.and(
                "a.id IN (SELECT q.article_id FROM quote q WHERE q.verdict = ? AND q.status <> 'rejected')", verdict.code()));
        String sql = match.isPresent() && server
                ? "SELECT " + INFO_COLUMNS + " FROM article a, " + ServerQuery.QUERY_TABLE + " WHERE " + where.sql()
                        + " ORDER BY " + ServerQuery.RANK + " DESC, a.id"
                : match.isPresent()
                ? "SELECT " + INFO_COLUMNS + " FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE "
                        + where.sql() + " ORDER BY article_fts.rank, a.id"
                : "SELECT " + INFO_COLUMNS + " FROM article a WHERE " + where.sql()
                        + " ORDER BY a.published_on IS NULL, a.published_on DESC, a.id";
        return transactions.read("Finding articles", connection -> {
            List<ArticleInfo> result = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                boolean serverMatch = match.isPresent() && server;
                if (serverMatch) {
                    query.setString(1, match.get());
                }
                where.bind(query, serverMatch ? 2 : 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        result.add(info(rows));
                    }
                }
            }
            return result;
        });
    }

    /**
     * The outlets articles come from, for the library's outlet choice: one entry per outlet however
     * its case varies between articles, sorted ignoring case.
     */
    public List<String> outlets() {
        return transactions.read("Listing outlets", connection -> {
            List<String> outlets = new ArrayList<>();
            // min() picks the same spelling each time when articles write an outlet in different cases.
            String nocase = Dialect.of(connection).ignoringCase("outlet");
            try (PreparedStatement query = connection.prepareStatement("SELECT min(outlet) FROM article "
                    + "WHERE outlet IS NOT NULL GROUP BY " + nocase + " ORDER BY " + nocase);
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    outlets.add(rows.getString(1));
                }
            }
            return outlets;
        });
    }

    public int count() {
        return transactions.read("Counting articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    public Optional<Article> find(long id) {
        return transactions.read("Reading an article", connection -> {
            Optional<ArticleInfo> info = info(connection, id);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Article(info.get(), text(connection, id)));
        });
    }

    /** An article's library entry (no text), e.g. to show its new quote count. */
    public Optional<ArticleInfo> info(long id) {
        return transactions.read("Reading an article", connection -> info(connection, id));
    }

    /** The article with this id, or a user-facing error. */
    public Article get(long id) {
        return find(id).orElseThrow(() -> new QuotebenchException("No article with id " + id + "."));
    }

    /** The article's text, for checking quotes against it. */
    /**
     * Article texts recently read, per connection. Safe because a text never changes after import
     * (a trigger refuses it) and articles are never deleted; if they ever can be, evict here. It
     * spares every quote written to a long article a read of its whole text.
     */
    private static final Map<Connection, Map<Long, String>> RECENT_TEXTS = new WeakHashMap<>();
    private static final int TEXTS_KEPT = 4;

    static String text(Connection connection, long id) throws SQLException {
        synchronized (RECENT_TEXTS) {
            String known = RECENT_TEXTS.getOrDefault(connection, Map.of()).get(id);
            if (known != null) {
                return known;
            }
        }
        String text = readText(connection, id);
        synchronized (RECENT_TEXTS) {
            RECENT_TEXTS.computeIfAbsent(connection, c -> new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                    return size() > TEXTS_KEPT;
                }
            }).put(id, text);
        }
        return text;
    }

    /** Forgets the texts read on a connection whose transaction was rolled back (an article it read may be gone). */
    static void forgetTexts(Connection connection) {
        synchronized (RECENT_TEXTS) {
            RECENT_TEXTS.remove(connection);
        }
    }

    private static String readText(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT text FROM article WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new QuotebenchException("No article with id " + id + ".");
                }
                return rows.getString(1);
            }
        }
    }

    static Optional<ArticleInfo> info(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + INFO_COLUMNS + " FROM article a WHERE a.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(info(rows)) : Optional.empty();
            }
        }
    }

    private static ArticleInfo info(ResultSet row) throws SQLException {
        ArticleMetadata metadata = new ArticleMetadata(Rows.text(row, "title"), Rows.text(row, "outlet"),
                Rows.text(row, "author"), Rows.text(row, "url"), Rows.text(row, "published_on"),
                Rows.text(row, "language"));
        int status = row.getInt("http_status");
        java.util.OptionalInt httpStatus = row.wasNull() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(status);
        WebOrigin origin = new WebOrigin(Rows.text(row, "canonical_url"), Rows.text(row, "fetched_at"), httpStatus,
                Rows.text(row, "archived_at"));
        int version = row.getInt("version");
        int latest = Math.max(version, row.getInt("latest_version"));
        return new ArticleInfo(row.getLong("id"), row.getString("uuid"), metadata, row.getString("encoding"),
                row.getString("source_name"), row.getInt("length_cp"), row.getString("text_sha256"),
                row.getString("imported_at"), row.getInt("quote_count"), origin,
                new Versions(version, latest, Rows.text(row, "lineage")));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
