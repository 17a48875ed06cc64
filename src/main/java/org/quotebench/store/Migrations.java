package org.quotebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
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
    static final List<String> SCRIPTS = List.of("001-initial-schema.sql");
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
        for (int version = from + 1; version <= scripts.size(); version++) {
            runScript(connection, scripts.get(version - 1), version);
        }
        return backup;
    }

    private static void runScript(Connection connection, String script, int version) throws SQLException {
        String sql = read(script);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String part : SqlScript.split(sql)) {
                statement.execute(part);
            }
            statement.execute("PRAGMA application_id = " + WorkspaceFile.APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
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
