package org.quotebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Brings a workspace to the newest format, one SQL script per version keyed by PRAGMA user_version.
 * An existing workspace is copied (VACUUM INTO) before a migration touches it.
 */
final class Migrations {
    /** Scripts in order; script N (1-based) turns format N-1 into format N. */
    static final List<String> SCRIPTS = List.of("001-initial-schema.sql", "002-speaker-and-event-times.sql",
            "003-taught-finder.sql", "004-quote-fragments.sql", "005-web-articles.sql", "006-row-revisions.sql");
    static final int NEWEST = SCRIPTS.size();

    private final List<String> scripts;

    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** Migrates from {@code from} to the newest format; returns the backup made, or null for a new file. */
    static Path apply(Connection connection, Path file, int from) throws SQLException {
        return new Migrations(SCRIPTS).migrate(connection, file, from);
    }

    Path migrate(Connection connection, Path file, int from) throws SQLException {
        if (from >= scripts.size()) {
            return null;
        }
        Path backup = null;
        if (from > 0) {
            backup = backupPath(file, from);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // BEGIN IMMEDIATE: no other process can migrate at the same time
        try (Statement statement = connection.createStatement()) {
            // Another process may have created or migrated the file since it was inspected.
            int current = userVersion(statement);
            for (int version = current + 1; version <= scripts.size(); version++) {
                for (String part : SqlScript.split(read(scripts.get(version - 1)))) {
                    statement.execute(part);
                }
            }
            statement.execute("PRAGMA application_id = " + WorkspaceFile.APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + Math.max(current, scripts.size()));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return backup;
    }

    private static int userVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static Path backupPath(Path file, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return file.resolveSibling(file.getFileName() + ".format-" + version + "-backup-" + stamp + ".qb");
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + name, e);
        }
    }
}
