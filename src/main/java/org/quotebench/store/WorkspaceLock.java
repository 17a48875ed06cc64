package org.quotebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.quotebench.core.QuotebenchException;

/** Makes sure nothing else has a workspace open before its file is replaced (restore). */
final class WorkspaceLock {
    private WorkspaceLock() {
    }

    /**
     * Takes SQLite's exclusive lock for a moment (locking_mode EXCLUSIVE), which it grants only when no
     * other connection has the file open, and gives it back without writing anything. A damaged file
     * is let through (it is to be replaced); a file in use is refused with a message that says so.
     */
    static void requireUnused(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            if (StoreException.busy(e)) {
                throw inUse(file);
            }
            // damaged or unreadable: it is being replaced, which is the point
        }
    }

    private static QuotebenchException inUse(Path file) {
        return new QuotebenchException(file + " is open in another Quotebench window or command; close it first. Nothing was changed.");
    }
}
