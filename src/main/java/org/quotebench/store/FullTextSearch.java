package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.QuotebenchException;

/**
 * Full-text search over article titles and texts, best matches first, with snippets: SQLite FTS5 in a
 * workspace file; on a server (issue 25) PostgreSQL's own: the stored {@code tsvector} with its GIN
 * index, the same query syntax ({@link ServerQuery}), {@code ts_rank}, and snippets of the same shape
 * with the same marks made from the best rows' texts ({@link ServerSnippets}).
 */
public final class FullTextSearch {
    /** Marks a matched term in a snippet. */
    public static final String MATCH_START = "<mark>";
    public static final String MATCH_END = "</mark>";

    /** One matching article. {@code rank}: lower is better (FTS5's bm25 score; on a server, minus ts_rank). */
    public record Hit(long articleId, String title, String snippet, double rank) {
    }

    /** On a server: the best matches' ids and ranks, two parameters (the tsquery, how many). */
    private static final String BEST = "SELECT a.id, -" + ServerQuery.RANK + " AS rank FROM article a, " + ServerQuery.QUERY_TABLE
            + " WHERE " + ServerQuery.MATCH + " ORDER BY rank, a.id LIMIT ?";
    /**
     * The same for a query with a phrase: the articles with all its words in rank order (the rank vector),
     * and the phrase checked on the full vector down that order only until enough are found. OFFSET 0
     * keeps the planner from checking it on every article with the words first (38 ms -> 19 ms at 10,000).
     */
    private static final String BEST_WITH_PHRASE = "SELECT s.id, s.rank FROM (SELECT a.id, a.search, q.query, -" + ServerQuery.RANK
            + " AS rank FROM article a, " + ServerQuery.QUERY_TABLE + " WHERE " + ServerQuery.MATCH_WORDS
            + " ORDER BY rank, a.id OFFSET 0) s"
            + " WHERE s.search @@ s.query ORDER BY s.rank, s.id LIMIT ?";

    private final Transactions transactions;

    FullTextSearch(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The best {@code limit} matches of an FTS5 query (words, "phrases", AND/OR/NOT, prefix*). */
    public List<Hit> search(String query, int limit) {
        if (query.isBlank()) {
            throw new QuotebenchException("The search query is empty.");
        }
        boolean server = transactions.dialect() == Dialect.POSTGRESQL;
        // the same syntax on a server, refused the same way, read once for the tsquery and the words to mark
        ServerQuery.Parsed parsed = server ? ServerQuery.parse(query) : null;
        // ORDER BY rank lets FTS5 sort by itself, so snippet() runs only for the rows returned; on a server the
        // best rows are chosen first too, and their snippets are made here (ServerSnippets: ts_headline took as long
        // as the ranking)
        String sql = server
                ? "WITH best AS (" + (parsed.phrased() ? BEST_WITH_PHRASE : BEST) + ") " // the texts are read for the best alone
                        + "SELECT a.id, coalesce(a.title, ''), a.text, best.rank FROM best JOIN article a ON a.id = best.id ORDER BY best.rank, a.id"
                : "SELECT f.rowid, coalesce(f.title, ''), snippet(article_fts, 1, ?, ?, '…', 16), f.rank "
                        + "FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rank LIMIT ?";
        try {
            return transactions.read("Searching", connection -> {
                List<Hit> hits = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (server) {
                        statement.setString(1, parsed.tsquery());
                        statement.setInt(2, limit);
                    } else {
                        statement.setString(1, MATCH_START);
                        statement.setString(2, MATCH_END);
                        statement.setString(3, query);
                        statement.setInt(4, limit);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            String snippet = server ? ServerSnippets.of(rows.getString(3), parsed.terms(), MATCH_START, MATCH_END) : rows.getString(3);
                            hits.add(new Hit(rows.getLong(1), rows.getString(2), snippet, rows.getDouble(4)));
                        }
                    }
                }
                return hits;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql2 && isQuerySyntax(sql2)) {
                throw new QuotebenchException("The search query \"" + query + "\" is not valid: "
                        + StoreException.explain(sql2).replaceFirst("^SQL error or missing database \\(", "")
                                .replaceFirst("^.*?fts5: ", "").replaceAll("[).]+$", "")
                        + ". Put words in double quotes to search for them as they are.", e);
            }
            throw e;
        }
    }

    /** SQLite reports every problem with a MATCH expression as a plain SQLITE_ERROR (code 1). */
    private static boolean isQuerySyntax(SQLException e) {
        return e.getErrorCode() == 1 || String.valueOf(e.getMessage()).contains("fts5");
    }
}
