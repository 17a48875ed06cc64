package org.quotebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace schema on a PostgreSQL server (issue 25), keyed the same way as the file's
 * ({@link Migrations}): script N of {@code migrations/postgresql/} turns format N-1 into format N, with
 * the same name as the file's script N, and the format is kept in the one-row table
 * {@code workspace_format}. PostgreSQL runs DDL inside a transaction, so a migration is all or nothing.
 */
final class ServerMigrations {
    private static final String FOLDER = "migrations/postgresql/";

    private ServerMigrations() {
    }

    /** The scripts that bring an empty database to the newest format, in order. */
    static List<String> scripts() {
        List<String> all = new ArrayList<>();
        for (String name : Migrations.SCRIPTS) {
            all.add(read(name));
        }
        return all;
    }

    /** The statement that records the newest format in a database the scripts made. */
    static String recordFormat() {
        return "INSERT INTO workspace_format (id, version, application_id) VALUES (1, " + Migrations.NEWEST + ", "
                + WorkspaceFile.APPLICATION_ID + ")\n    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;";
    }

    /**
     * Brings the database {@code connection} is on to the newest format, in one transaction; returns the
     * format it had (0 for an empty database). A database of a newer format is refused, untouched.
     */
    static int apply(Connection connection) throws SQLException {
        try (Statement look = connection.createStatement()) {
            int now = format(look);
            if (now == Migrations.NEWEST) {
                return now; // the usual case: nothing to write, so a reader's role may open it too
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + WorkspaceFile.APPLICATION_ID + ")"); // one migration at a time
            int from = format(statement);
            if (from > Migrations.NEWEST) {
                throw new StoreException("This library is in format " + from + ", newer than this version of Quotebench reads ("
                        + Migrations.NEWEST + "): update Quotebench.", null);
            }
            List<String> scripts = scripts();
            if (from > 0 && !ownsTheTables(statement)) {
                throw new StoreException("This library is in format " + from + " and this version of Quotebench uses format "
                        + Migrations.NEWEST + ": it upgrades the library when the library's owner (" + owner(statement)
                        + ") opens it once with this version, for example with 'quotebench -w postgresql://" + owner(statement)
                        + "@…/… list'. Until then, use the version of Quotebench the library was made with.", null);
            }
            for (int version = from + 1; version <= scripts.size(); version++) {
                statement.execute(scripts.get(version - 1));
            }
            statement.execute(recordFormat());
            connection.commit();
            return from;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether the role connected may change the tables' shape (owns them, or is a superuser). */
    private static boolean ownsTheTables(Statement statement) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_catalog.pg_tables "
                + "WHERE schemaname = current_schema() AND tablename = 'quote'")) {
            return !r.next() || r.getBoolean(1);
        }
    }

    private static String owner(Statement statement) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT tableowner FROM pg_catalog.pg_tables "
                + "WHERE schemaname = current_schema() AND tablename = 'quote'")) {
            return r.next() ? r.getString(1) : "?";
        }
    }

    /** The format of the database (0: no Quotebench tables yet). */
    static int format(Statement statement) throws SQLException {
        try (ResultSet exists = statement.executeQuery("SELECT to_regclass('workspace_format') IS NOT NULL")) {
            if (!exists.next() || !exists.getBoolean(1)) {
                return 0;
            }
        }
        try (ResultSet rows = statement.executeQuery("SELECT version FROM workspace_format WHERE id = 1")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static String read(String name) {
        try (InputStream in = ServerMigrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing PostgreSQL migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read PostgreSQL migration script " + name, e);
        }
    }
}
