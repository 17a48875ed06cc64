package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.QuotebenchException;

/** Full-text search (SQLite FTS5) over article titles and texts, best matches first, with snippets. */
public final class FullTextSearch {
    /** Marks a matched term in a snippet. */
    public static final String MATCH_START = "<mark>";
    public static final String MATCH_END = "</mark>";

    /** One matching article. {@code rank} is FTS5's bm25 score: lower is better. */
    public record Hit(long articleId, String title, String snippet, double rank) {
    }

    private final Transactions transactions;

    FullTextSearch(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The best {@code limit} matches of an FTS5 query (words, "phrases", AND/OR/NOT, prefix*). */
    public List<Hit> search(String query, int limit) {
        if (query.isBlank()) {
            throw new QuotebenchException("The search query is empty.");
        }
        // ORDER BY rank lets FTS5 sort by itself, so snippet() runs only for the rows returned.
        String sql = "SELECT f.rowid, coalesce(f.title, ''), snippet(article_fts, 1, ?, ?, '…', 16), f.rank "
                + "FROM article_fts f WHERE article_fts MATCH ? ORDER BY f.rank LIMIT ?";
        try {
            return transactions.read("Searching", connection -> {
                List<Hit> hits = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, MATCH_START);
                    statement.setString(2, MATCH_END);
                    statement.setString(3, query);
                    statement.setInt(4, limit);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            hits.add(new Hit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getDouble(4)));
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
