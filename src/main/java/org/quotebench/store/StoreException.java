package org.quotebench.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.quotebench.core.QuotebenchException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A failure of the workspace file, explained in words a user can act on. */
public class StoreException extends QuotebenchException {
    private static final long serialVersionUID = 1L;
    /** Less room than this is no room: a workspace's -shm file alone takes 32 KB, a page of the log 4 KB more. */
    private static final long NO_ROOM = 256 * 1024;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns a PostgreSQL error into a message that names the library and says what to do (issue 25). */
    static StoreException ofServer(String location, String doing, SQLException e) {
        return new StoreException(location + ": " + doing + " failed: " + explainServer(e), e);
    }

    /** Whether opening a library failed for want of a (right) password: the window then asks for one. */
    public static boolean needsPassword(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && ("28P01".equals(e.getSQLState()) || "08004".equals(e.getSQLState())
                    || String.valueOf(e.getMessage()).contains("no password was provided"))) {
                return true;
            }
        }
        return false;
    }

    /** What a PostgreSQL error means for the person at the keyboard, by its SQLSTATE. */
    static String explainServer(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            return "the server wants a password: put it in ~/.pgpass or PGPASSWORD (the window asks for it)";
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return "the server cannot be reached or was restarted; nothing was changed, try again when it is back";
        }
        return switch (state) {
            case "42501" -> "your role may only read this library; nothing was changed";
            case "40001", "40P01" -> "someone else changed the same thing at the same moment; nothing was changed, try again";
            case "28P01", "28000" -> "the server refused the login: check the user, and the password in ~/.pgpass or PGPASSWORD";
            case "3D000" -> "there is no such library on the server: its administrator makes one with 'quotebench server-setup'";
            default -> firstLine(e.getMessage());
        };
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int line = m.indexOf('\n');
        return (line < 0 ? m : m.substring(0, line)).replaceFirst("^ERROR: ", "");
    }

    /** Turns an SQLite error into a message that names the file and says what to do. */
    static StoreException of(Path file, String doing, SQLException e) {
        return new StoreException(file + ": " + doing + " failed: " + explain(file, e), e);
    }

    /**
     * Like {@link #explain(SQLException)}, but an I/O error or a file that cannot be made on a disk
     * with (almost) no room left is the full disk it is: SQLite reports a -shm or -wal file it could
     * not create or grow as an I/O error, not as "full".
     */
    static String explain(Path file, SQLException e) {
        return diskFull(file, e) ? "the disk is full; nothing was changed" : explain(e);
    }

    /** Whether the failure is a full disk: SQLite says so, or an I/O error where the disk has no room left. */
    static boolean diskFull(Path file, SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return false;
        }
        int code = sqlite.getResultCode().code & 0xff;
        if (code == 13) {
            return true;
        }
        int extended = sqlite.getResultCode().code;
        if (code != 10 && code != 14 || extended == 266 || extended == 522) {
            return false; // not an I/O error, or a read that failed (SQLITE_IOERR_READ, _SHORT_READ): that is no full disk
        }
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !java.nio.file.Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && java.nio.file.Files.getFileStore(existing).getUsableSpace() < NO_ROOM;
        } catch (java.io.IOException | SecurityException unknown) {
            return false;
        }
    }

    /** Whether SQLite said the file is busy or locked by another connection (it may be free a moment later). */
    static boolean busy(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int code = sqlite.getResultCode().code & 0xff;
            return code == (SQLiteErrorCode.SQLITE_BUSY.code & 0xff) || code == (SQLiteErrorCode.SQLITE_LOCKED.code & 0xff);
        }
        return false;
    }

    static String explain(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            switch (code.code & 0xff) {
                case 13: // SQLITE_FULL
                    return "the disk is full; nothing was changed";
                case 5: // SQLITE_BUSY
                case 6: // SQLITE_LOCKED
                    return "the workspace is busy: it is open in another Quotebench window or command that is writing to it; "
                            + "nothing was changed here, try again when that is done";
                case 8: // SQLITE_READONLY
                    return "the workspace file is read-only";
                case 11: // SQLITE_CORRUPT
                case 26: // SQLITE_NOTADB
                    return "the file is damaged or not a Quotebench workspace";
                case 14: // SQLITE_CANTOPEN
                    return "the file cannot be opened (check the folder exists and is writable)";
                case 10: // SQLITE_IOERR
                    return "the disk could not be read or written";
                default:
                    break;
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Error opening connection")) {
            // sqlite-jdbc unpacks its native library into the temporary folder before the first connection.
            return "SQLite could not start; check that the temporary folder " + System.getProperty("java.io.tmpdir")
                    + " exists and is writable";
        }
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }
}
