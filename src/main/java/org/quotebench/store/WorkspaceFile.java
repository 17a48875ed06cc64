package org.quotebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.quotebench.core.QuotebenchException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a file before Quotebench writes to it, read-only, so that a file that is not a
 * workspace, comes from a newer version, or is damaged is reported and never modified.
 */
final class WorkspaceFile {
    /** "Qbnc": marks an SQLite file as a Quotebench workspace (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x5162_6e63;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What a look at the file found: its format version, or 0 for a new or empty file. */
    record Found(int formatVersion) {
    }

    private WorkspaceFile() {
    }

    static Found inspect(Path file, int newestFormat) {
        if (!Files.exists(file)) {
            return new Found(0);
        }
        if (Files.isDirectory(file)) {
            throw new QuotebenchException(file + " is a folder, not a workspace file.");
        }
        checkHeader(file);
        try (Connection connection = DriverManager.getConnection(readOnlyUrl(file), readOnly());
             Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            int tables = count(statement, "SELECT count(*) FROM sqlite_master");
            if (applicationId == 0 && tables == 0 && version == 0) {
                return new Found(0);
            }
            if (applicationId != APPLICATION_ID) {
                throw new QuotebenchException(file + " is not a Quotebench workspace (it is an SQLite database of another "
                        + "program). It was not changed.");
            }
            if (version > newestFormat) {
                throw new QuotebenchException(file + " was made by a newer Quotebench (workspace format " + version
                        + "; this version reads up to format " + newestFormat + "). Update Quotebench to open it. "
                        + "It was not changed.");
            }
            checkIntact(file, statement);
            return new Found(version);
        } catch (SQLException e) {
            int code = e instanceof org.sqlite.SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
            if (code == 11) { // SQLITE_CORRUPT
                throw new DamagedWorkspace(file, StoreException.explain(e), Backups.newestGood(file));
            }
            throw new QuotebenchException(file + " cannot be opened: " + StoreException.explain(file, e)
                    .replace("; nothing was changed", "") + ". It was not changed.", e);
        }
    }

    /** Refuses a file that is not a Quotebench workspace (wrong header or application id), without the quick check. */
    static void requireWorkspace(Path file) {
        checkHeader(file);
        try (Connection connection = DriverManager.getConnection(readOnlyUrl(file), readOnly());
             Statement statement = connection.createStatement()) {
            if (intPragma(statement, "application_id") != APPLICATION_ID) {
                throw new QuotebenchException(file + " is not a Quotebench workspace. It was not changed.");
            }
        } catch (SQLException e) {
            throw new QuotebenchException(file + " cannot be opened: " + StoreException.explain(file, e)
                    .replace("; nothing was changed", "") + ". It was not changed.", e);
        }
    }

    /** SQLite's quick check (structure, not index contents): a damaged file is refused before anything writes to it. */
    private static void checkIntact(Path file, Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check(3)")) {
            StringBuilder problems = new StringBuilder();
            while (rows.next()) {
                String row = rows.getString(1);
                if (!"ok".equals(row)) {
                    problems.append(problems.length() == 0 ? "" : "; ").append(row);
                }
            }
            if (problems.length() > 0) {
                throw new DamagedWorkspace(file, problems.toString().replaceAll("\\s+", " "), Backups.newestGood(file));
            }
        }
    }

    /** Whether the file starts as every SQLite database does (a workspace, or another program's). */
    static boolean hasSqliteHeader(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkHeader(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new QuotebenchException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (read == 0) {
            // SQLite treats an empty file as an empty database: a new workspace, unless it has backups,
            // which only a workspace that held something has: then it was emptied, and is damaged.
            if (!Backups.list(file).isEmpty()) {
                throw new DamagedWorkspace(file, "the file is empty, though backups of it exist", Backups.newestGood(file));
            }
            return;
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new QuotebenchException(file + " is not a Quotebench workspace (not an SQLite database). It was not changed.");
        }
    }

    static java.util.Properties readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(5000);
        return config.toProperties();
    }

    /**
     * The URL to read a workspace without writing anything beside it. When no program has it open (no
     * -shm file) and no commits wait in its log, SQLite is told the file is immutable: it would
     * otherwise create -wal and -shm files, which in a shared folder would belong to us and lock the
     * workspace's owner out of writing it. When another program has it open, its -shm file is used.
     */
    static String readOnlyUrl(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean folderWritable = WorkspaceAccess.folderWritable(file);
        if (walHasContent(wal) || (folderWritable && (Files.isWritable(file) || Files.exists(shm)))) {
            // Committed changes still in the WAL must be read, which "immutable" would skip.
            return "jdbc:sqlite:" + file;
        }
        java.net.URI uri = file.toUri();
        // A Windows share (\\server\share) keeps its server as part of the path, which SQLite understands.
        String path = uri.getRawAuthority() == null ? uri.getRawPath() : "//" + uri.getRawAuthority() + uri.getRawPath();
        return "jdbc:sqlite:file:" + path + "?immutable=1";
    }

    private static boolean walHasContent(Path wal) {
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        return count(statement, "PRAGMA " + pragma);
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
