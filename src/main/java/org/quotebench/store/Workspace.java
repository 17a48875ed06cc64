package org.quotebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.quotebench.core.QuotebenchException;
import org.sqlite.SQLiteConfig;

/**
 * One open workspace file: the only way into the SQLite database. Every change is one transaction,
 * committed before the method that makes it returns; there is no "save".
 */
public final class Workspace implements AutoCloseable {
    /** The workspace format this version writes and the newest it reads. */
    public static final int FORMAT = Migrations.NEWEST;

    private final Path file;
    private final Connection connection;
    private final Optional<Path> migrationBackup;
    private final Transactions transactions;
    private final Articles articles;
    private final Speakers speakers;
    private final Events events;
    private final Quotes quotes;
    private final FullTextSearch search;

    private Workspace(Path file, Connection connection, Optional<Path> migrationBackup) {
        this.file = file;
        this.connection = connection;
        this.migrationBackup = migrationBackup;
        this.transactions = new Transactions(file, connection);
        this.articles = new Articles(transactions);
        this.speakers = new Speakers(transactions);
        this.events = new Events(transactions);
        this.quotes = new Quotes(transactions);
        this.search = new FullTextSearch(transactions);
    }

    /**
     * Opens (or creates) the workspace at {@code file}. A file that is not a workspace, comes from a
     * newer version or is damaged is reported and left untouched.
     */
    public static Workspace open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        WorkspaceFile.Found found = WorkspaceFile.inspect(absolute, FORMAT);
        createFolder(absolute);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, settings());
            Path backup = Migrations.apply(connection, absolute, found.formatVersion());
            return new Workspace(absolute, connection, Optional.ofNullable(backup));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.of(absolute, "Opening the workspace", e);
        }
    }

    private static SQLiteConfig.JournalMode wal() {
        return SQLiteConfig.JournalMode.WAL;
    }

    private static java.util.Properties settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(wal());
        // NORMAL in WAL mode: a commit survives a crash of the program; see the README on power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        // Take the write lock when a transaction begins, so that a second writer waits (busy_timeout)
        // instead of failing when it finds, after reading, that it cannot upgrade to writing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.toProperties();
    }

    private static void createFolder(Path file) {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new QuotebenchException("Cannot create the folder " + folder + " for the workspace ("
                        + e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT)
                        + ").", e);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The copy made before this open migrated an older workspace, if it did. */
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    /**
     * Runs one user action that makes several changes (create a speaker, then a quote) as a single
     * transaction: if any part fails, none of it is stored.
     */
    public <T> T change(String doing, Supplier<T> action) {
        return transactions.write(doing, connection -> action.get());
    }

    /** Stores the quote finder's suggestions for an article. */
    public SuggestionStore suggestions() {
        return new SuggestionStore(this);
    }

    /** Bringing rows from another workspace in under their own UUIDs (bundles). */
    public Merging merging() {
        return new Merging(this, transactions);
    }

    public Articles articles() {
        return articles;
    }

    public Speakers speakers() {
        return speakers;
    }

    public Events events() {
        return events;
    }

    public Quotes quotes() {
        return quotes;
    }

    public FullTextSearch search() {
        return search;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(file, "Closing the workspace", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The open already failed; that is the error worth reporting.
            }
        }
    }
}
