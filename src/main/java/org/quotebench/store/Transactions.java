package org.quotebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work on the workspace connection, each change in one transaction that commits or leaves nothing. */
final class Transactions {
    /** Work that uses the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The workspace file, or null for a library on a server (then {@code location} is its address). */
    private final Path file;
    private final String location;
    private Connection connection;
    /** For a library on a server: makes a new connection when the server dropped this one (a restart); else null. */
    private final java.util.concurrent.Callable<Connection> reconnect;
    private int reconnections;
    private final Dialect dialect;
    private final boolean readOnly;
    private int depth;

    Transactions(Path file, Connection connection, boolean readOnly) {
        this(file, file.toString(), connection, readOnly, null);
    }

    /** Transactions on a library on a server, at {@code address}; {@code reconnect} connects again after a restart. */
    Transactions(WorkspaceAddress address, Connection connection, boolean readOnly, java.util.concurrent.Callable<Connection> reconnect) {
        this(null, address.toString(), connection, readOnly, reconnect);
    }

    private Transactions(Path file, String location, Connection connection, boolean readOnly,
            java.util.concurrent.Callable<Connection> reconnect) {
        this.file = file;
        this.location = location;
        this.connection = connection;
        this.reconnect = reconnect;
        this.dialect = Dialect.of(connection);
        this.readOnly = readOnly;
    }

    private StoreException failure(String doing, java.sql.SQLException e) {
        if (file == null && connectionLost(e) && reconnected(e)) {
            return new StoreException(location + ": " + doing + " failed: the connection to the server was lost (the server may have"
                    + " restarted) and is made again; this was not done — do it again (a change made just as the connection broke may"
                    + " have been stored: look before you do it twice)", e);
        }
        return file != null ? StoreException.of(file, doing, e) : StoreException.ofServer(location, doing, e);
    }

    /** Whether the server dropped the connection (a restart, an administrator, the network). */
    private static boolean connectionLost(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** Connects again after a lost connection; whether it worked (the old connection is closed either way). */
    private boolean reconnected(SQLException lost) {
        if (reconnect == null) {
            return false;
        }
        quietly(connection::close, lost);
        try {
            connection = reconnect.call();
            reconnections++;
            return true;
        } catch (Exception stillDown) {
            lost.addSuppressed(stillDown);
            return false;
        }
    }

    /** How many times the connection was made again: what others changed meanwhile was not notified. */
    synchronized int reconnections() {
        return reconnections;
    }

    /** Closes the connection in use. */
    synchronized void close() throws SQLException {
        connection.close();
    }

    /** The SQL dialect of the workspace's database. */
    Dialect dialect() {
        return dialect;
    }

    /** Reads, without a transaction of its own; on a server, once more after the connection was made again. */
    synchronized <T> T read(String doing, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            if (file == null && depth == 0 && connectionLost(e) && reconnected(e)) {
                try {
                    return work.run(connection); // a read changes nothing: doing it again is safe
                } catch (SQLException again) {
                    throw failure(doing, again);
                }
            }
            throw failure(doing, e);
        }
    }

    /**
     * Reads with several queries that must see the same state of the file (quotes, then their
     * speakers): another program's commit between the queries would otherwise show half of a change.
     */
    synchronized <T> T readSnapshot(String doing, Work<T> work) {
        if (depth > 0) {
            return nested(doing, work);
        }
        try {
            // A deferred transaction takes no write lock: it only pins the WAL snapshot for its queries.
            execute(dialect.beginSnapshot());
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Changes, as one transaction: all of it is stored, or (on any failure) none of it. */
    synchronized <T> T write(String doing, Work<T> work) {
        if (readOnly) {
            throw new org.quotebench.core.QuotebenchException(location + (file != null
                    ? " is read-only (the file or its folder cannot be written): " : " may only be read by you (a reader's role): ")
                    + doing.toLowerCase(java.util.Locale.ROOT) + " was not done, and nothing was changed.");
        }
        if (depth > 0) {
            return nested(doing, work);
        }
        try {
            // Explicit statements, not the driver's autocommit switch: the driver begins the next
            // transaction right after a commit, which could wait for (and fail on) another writer
            // after this change was already stored, and would then report a stored change as failed.
            execute(dialect.beginWrite()); // SQLite: waits for another writer up to the busy timeout
        } catch (SQLException busy) {
            throw failure(doing, busy);
        }
        depth++;
        try {
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw failure(doing, e);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            depth--;
        }
    }

    /**
     * After some errors (a full disk, an I/O error) SQLite has already rolled the transaction back;
     * then ROLLBACK fails too, and must not hide the reason.
     */
    private void rollback(Throwable reason) {
        quietly(() -> execute("ROLLBACK"), reason);
        Articles.forgetTexts(connection);
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    /** Runs a cleanup step; its failure is added to {@code reason} (when there is one) instead of replacing it. */
    private static void quietly(SqlStep step, Throwable reason) {
        try {
            step.run();
        } catch (SQLException e) {
            if (reason != null) {
                reason.addSuppressed(e);
            }
        }
    }

    /** A change made inside another: it joins the outer transaction. */
    private <T> T nested(String doing, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }
}
