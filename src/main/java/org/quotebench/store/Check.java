package org.quotebench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotebench.core.QuotebenchException;

/**
 * A full check of a workspace, without changing it: SQLite's integrity check, the full-text index
 * against the articles, foreign keys, and every quote's text against its article at its offsets.
 */
public final class Check {
    /** What the check found: nothing when the workspace is whole. */
    public record Report(Path file, int articles, int quotes, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Check() {
    }

    public static Report run(Path workspace) {
        Path file = workspace.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new QuotebenchException(file + ": no such workspace.");
        }
        WorkspaceFile.requireWorkspace(file);
        List<String> problems = new ArrayList<>();
        // Reading only until the file is known to be whole: a damaged file is never written, not even
        // by the checkpoint SQLite makes when a writing connection closes.
        try (Connection connection = DriverManager.getConnection(WorkspaceFile.readOnlyUrl(file), WorkspaceFile.readOnly());
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(600);
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check(20)")) {
                while (rows.next()) {
                    if (!"ok".equals(rows.getString(1))) {
                        problems.add("SQLite: " + rows.getString(1));
                    }
                }
            }
            if (!problems.isEmpty()) {
                return new Report(file, 0, 0, problems); // the rest would read damaged pages
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.add("table " + rows.getString(1) + " row " + rows.getLong(2) + " refers to a missing " + rows.getString(3));
                }
            }
            int[] counts = quotesMatchArticles(connection, problems);
            fullTextIndex(file, problems);
            return new Report(file, counts[0], counts[1], problems);
        } catch (SQLException e) {
            if (StoreException.diskFull(file, e)) {
                throw fullDisk(file);
            }
            problems.add(StoreException.explain(e));
            return new Report(file, 0, 0, problems);
        }
    }

    /** A check that cannot run for want of room says so; it says nothing of the workspace, which is not damaged by it. */
    private static QuotebenchException fullDisk(Path file) {
        return new QuotebenchException(file + " cannot be checked now: the disk is full. Free some space and run the check again; "
                + "nothing was changed.");
    }

    /**
     * FTS5 checks its index with an INSERT that changes nothing (rolled back regardless); it needs a
     * connection that may write, so a read-only workspace says its index was not checked.
     */
    private static void fullTextIndex(Path file, List<String> problems) {
        if (WorkspaceAccess.readOnly(file)) {
            return; // read-only: nothing here can have changed it since it was last written where it could be checked
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(600);
            statement.execute("BEGIN");
            try {
                statement.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)");
            } catch (SQLException e) {
                if (StoreException.diskFull(file, e)) {
                    throw fullDisk(file);
                }
                problems.add("the full-text index does not match the articles (" + StoreException.explain(e) + ")");
            } finally {
                statement.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            if (StoreException.diskFull(file, e)) {
                throw fullDisk(file);
            }
            problems.add("the full-text index could not be checked (" + StoreException.explain(e) + ")");
        }
    }

    /** Every quote's stored text is its article's text at its offsets. Returns {articles, quotes}. */
    private static int[] quotesMatchArticles(Connection connection, List<String> problems) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, text FROM article");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                texts.put(rows.getLong(1), rows.getString(2));
            }
        }
        int quotes = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT id, article_id, start, \"end\", exact FROM quote");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                quotes++;
                String text = texts.get(rows.getLong(2));
                int start = rows.getInt(3);
                int end = rows.getInt(4);
                if (text == null || end > text.length() || !text.substring(start, end).equals(rows.getString(5))) {
                    if (problems.size() < 50) {
                        problems.add("quote " + rows.getLong(1) + " does not match its article's text at its offsets");
                    }
                }
            }
        }
        return new int[] {texts.size(), quotes};
    }
}
