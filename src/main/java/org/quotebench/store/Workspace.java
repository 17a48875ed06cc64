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
    /**
     * The oldest format this version reads where it cannot upgrade it (a read-only file): format 2 only
     * added what merging needs (when speakers and events changed), which reading does without.
     */
    static final int OLDEST_READABLE = 1;

    /** The workspace file; null for a library on a server, which {@code address} names. */
    private final Path file;
    private final WorkspaceAddress address;
    private final boolean readOnly;
    private final java.util.List<String> warnings;
    private final Optional<Path> migrationBackup;
    private final Transactions transactions;
    /** What other sessions committed to a library on a server, counted from their notifications. */
    private final ServerChanges serverChanges = new ServerChanges();
    private final Articles articles;
    private final Speakers speakers;
    private final Events events;
    private final Quotes quotes;
    private final FullTextSearch search;
    private final KeptLocks locks;

    private Workspace(Path file, Connection connection, Optional<Path> migrationBackup, boolean readOnly) {
        this(file, null, migrationBackup, readOnly, WorkspaceAccess.networkWarning(file).stream().toList(),
                new Transactions(file, connection, readOnly));
    }

    /** The connection in use is the transactions' (a server library's is made again after a restart). */
    private Workspace(Path file, WorkspaceAddress address, Optional<Path> migrationBackup, boolean readOnly,
            java.util.List<String> warnings, Transactions transactions) {
        this.file = file;
        this.address = address;
        this.migrationBackup = migrationBackup;
        this.readOnly = readOnly;
        this.warnings = warnings;
        this.transactions = transactions;
        this.articles = new Articles(transactions);
        this.speakers = new Speakers(transactions);
        this.events = new Events(transactions);
        this.quotes = new Quotes(transactions);
        this.search = new FullTextSearch(transactions);
        this.locks = file == null ? KeptLocks.none() : KeptLocks.take(file);
    }

    /**
     * Opens the workspace {@code location} names: a library on a PostgreSQL server
     * ({@code postgresql://USER@HOST/DATABASE}, see {@link WorkspaceAddress}) or a workspace file.
     */
    public static Workspace open(String location) {
        return WorkspaceAddress.isServer(location) ? openServer(WorkspaceAddress.parse(location)) : open(Path.of(location));
    }

    /**
     * Opens a library on a PostgreSQL server (issue 25). The password comes from {@code PGPASSWORD} or
     * {@code ~/.pgpass} (read by the driver), never from our settings. A library in an older format is
     * upgraded when the role may (its owner); a reader's role opens it for reading only.
     */
    public static Workspace openServer(WorkspaceAddress address) {
        return openServer(address, Optional.empty());
    }

    /** As {@link #openServer(WorkspaceAddress)}, with a password someone typed (used for this connection only). */
    public static Workspace openServer(WorkspaceAddress address, Optional<char[]> password) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", address.user());
        Optional.ofNullable(System.getenv("PGPASSWORD")).ifPresent(p -> properties.setProperty("password", p));
        password.ifPresent(p -> properties.setProperty("password", new String(p)));
        properties.setProperty("ApplicationName", "Quotebench");
        Connection connection = null;
        try {
            connection = connect(address, properties);
            ServerMigrations.apply(connection);
            boolean readOnly;
            try (java.sql.Statement s = connection.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT has_table_privilege('quote', 'INSERT')")) {
                readOnly = !(r.next() && r.getBoolean(1));
            }
            return new Workspace(null, address, Optional.empty(), readOnly, java.util.List.of(),
                    new Transactions(address, connection, readOnly, () -> connect(address, properties)));
        } catch (java.sql.SQLException e) {
            closeQuietly(connection);
            throw StoreException.ofServer(address.toString(), "Opening the library", e);
        } catch (RuntimeException e) {
            closeQuietly(connection); // a library of a newer format, or one only its owner may upgrade
            throw e;
        }
    }

    /**
     * Opens (or creates) the workspace at {@code file}. A file that is not a workspace, comes from a
     * newer version or is damaged is reported and left untouched.
     */
    public static Workspace open(Path file) {
        return open(file, config -> { });
    }

    /** Opens with extra SQLite settings (the tests use it to fill the disk with max_page_count). */
    static Workspace open(Path file, java.util.function.Consumer<SQLiteConfig> tune) {
        Path absolute = file.toAbsolutePath().normalize();
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (true) {
            WorkspaceFile.Found found = WorkspaceFile.inspect(absolute, FORMAT);
            if (WorkspaceAccess.readOnly(absolute)) {
                return openReadOnly(absolute, found);
            }
            createFolder(absolute);
            removeLeftovers(absolute);
            Connection connection = null;
            try {
                SQLiteConfig config = settings();
                tune.accept(config);
                connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
                Path backup = Migrations.apply(connection, absolute, found.formatVersion());
                return new Workspace(absolute, connection, Optional.ofNullable(backup), false);
            } catch (SQLException e) {
                closeQuietly(connection);
                // Another program creating or upgrading the same file at this moment: SQLite can answer
                // busy at once there (switching to WAL), without waiting; wait for it as a busy write would.
                if (!StoreException.busy(e) || System.nanoTime() > giveUp) {
                    throw StoreException.of(absolute, "Opening the workspace", e);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new QuotebenchException(absolute + ": opening the workspace was interrupted.", stop);
            }
        }
    }

    /**
     * A workspace whose file or folder cannot be written: opened for reading only, nothing is ever
     * written (no migration, no journal files; in a read-only folder SQLite is told the file cannot change).
     */
    private static Workspace openReadOnly(Path absolute, WorkspaceFile.Found found) {
        if (found.formatVersion() < OLDEST_READABLE) {
            throw new QuotebenchException(absolute + " is read-only and was made by an older Quotebench (format " + found.formatVersion()
                    + "); it cannot be upgraded where it is. Copy it to a folder you can write to and open the copy.");
        }
        try {
            return new Workspace(absolute, DriverManager.getConnection(WorkspaceFile.readOnlyUrl(absolute), WorkspaceFile.readOnly()),
                    Optional.empty(), true);
        } catch (SQLException e) {
            throw StoreException.of(absolute, "Opening the read-only workspace", e);
        }
    }

    /** The locks this workspace holds that no foreign close can drop (tests look at them). */
    KeptLocks locks() {
        return locks;
    }

    /** Whether a file is an SQLite database, by its header: a workspace, or another program's database. */
    public static boolean isSqliteFile(Path file) {
        return WorkspaceFile.hasSqliteHeader(file);
    }

    /** Whether the workspace was opened for reading only (its file or folder is read-only). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Things the user should know about where the workspace lives (a network drive). */
    public java.util.List<String> warnings() {
        return warnings;
    }

    private static SQLiteConfig.JournalMode wal() {
        return SQLiteConfig.JournalMode.WAL;
    }

    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(wal());
        // NORMAL in WAL mode: a commit survives a crash of the program; see the README on power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        // Take the write lock when a transaction begins, so that a second writer waits (busy_timeout)
        // instead of failing when it finds, after reading, that it cannot upgrade to writing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
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

    /** What killed backups, restores and exports left beside the workspace (decision 10); never a live program's. */
    private static void removeLeftovers(Path file) {
        PartFiles.removeLeftovers(file.getParent());
        PartFiles.removeLeftovers(Backups.folder(file));
        PartFiles.removeOlderRestore(file);
    }

    /** A connection to a library that listens for what others commit (see {@link #dataVersion()}). */
    private static Connection connect(WorkspaceAddress address, java.util.Properties properties) throws SQLException {
        Connection connection = DriverManager.getConnection(address.jdbcUrl(), properties);
        listen(connection);
        return connection;
    }

    private static void listen(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("LISTEN quotebench_changes");
        }
    }

    /** The workspace file; a library on a server has none (see {@link #localFile()}, {@link #location()}). */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(address + " is a library on a server, not a file");
        }
        return file;
    }

    /** The workspace file, or empty for a library on a server. */
    public Optional<Path> localFile() {
        return Optional.ofNullable(file);
    }

    /** Where the workspace lives, as people write it: the file's path or the server address. */
    public String location() {
        return file != null ? file.toString() : address.toString();
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

    /** The quotes people confirmed here, which the quote finder learns from. */
    public ConfirmedQuotes confirmedQuotes() {
        return new ConfirmedQuotes(this);
    }

    /** What this workspace taught the quote finder. */
    public TaughtFinderRow taughtFinder() {
        return new TaughtFinderRow(transactions);
    }

    /** Bringing rows from another workspace in under their own UUIDs (bundles). */
    public Merging merging() {
        return new Merging(this, transactions);
    }

    /**
     * SQLite's {@code data_version}: it changes when another connection (another window, a command)
     * commits to the file, and not for this workspace's own changes. The window polls it to show
     * other programs' changes.
     */
    public long dataVersion() {
        if (file == null) {
            return serverChanges.seen(transactions);
        }
        return transactions.read("Looking for changes", connection -> {
            try (java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet row = statement.executeQuery("PRAGMA data_version")) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    /** When each speaker and event last changed ({@code updated_at}), by UUID; rows from before format 2 are missing. */
    public java.util.Map<String, String> changeTimes() {
        return ChangeTimes.read(transactions);
    }

    /** The workspace's transactions, for what works on two workspaces at once ({@link WorkspaceCopy}). */
    Transactions transactions() {
        return transactions;
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
        locks.giveBack();
        try {
            transactions.close(); // the connection in use (a server library's may have been made again)
        } catch (SQLException e) {
            throw file != null ? StoreException.of(file, "Closing the workspace", e) : StoreException.ofServer(location(), "Closing the library", e);
        } finally {
            locks.close();
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
