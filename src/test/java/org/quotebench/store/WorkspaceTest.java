package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceIsAWalSqliteFileMarkedAsOurs() throws Exception {
        Path file = dir.resolve("sub/folder/news.qb");
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.migrationBackup()).isEmpty();
            assertThat(workspace.articles().count()).isZero();
        }
        assertThat(pragma(file, "user_version")).isEqualTo(Integer.toString(Workspace.FORMAT));
        assertThat(pragma(file, "application_id")).isEqualTo(Integer.toString(WorkspaceFile.APPLICATION_ID));
        assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
    }

    @Test
    void reopeningKeepsWhatWasStored() {
        Path file = dir.resolve("news.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importArticle(Drafts.article("Bridge vote", "The council voted."));
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.articles().list()).singleElement()
                    .satisfies(a -> assertThat(a.metadata().title()).contains("Bridge vote"));
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Workspace workspace = Workspace.open(dir.resolve("news.qb"))) {
            assertThatThrownBy(() -> workspace.events().link(workspace.events().findOrCreate("Vote").id(), 999))
                    .isInstanceOf(QuotebenchException.class).hasMessageContaining("No article with id 999");
        }
    }

    @Test
    void aTextFileIsRefusedAndLeftAlone() throws IOException {
        Path file = dir.resolve("notes.qb");
        Files.writeString(file, "my shopping list\n");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("notes.qb").hasMessageContaining("not a Quotebench workspace");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.qb-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("other.qb");
        execute(file, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Ana')");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewerVersionsWorkspaceIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("future.qb");
        Workspace.open(file).close();
        execute(file, "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).hasMessageContaining("newer Quotebench").hasMessageContaining("99");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsRefusedAndLeftAlone() throws IOException {
        Path file = dir.resolve("damaged.qb");
        byte[] bytes = new byte[4096];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
        for (int i = 16; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("damaged.qb").hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aFolderIsNotAWorkspace() {
        assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void anEmptyFileBecomesANewWorkspace() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.qb"));
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.articles().count()).isZero();
        }
    }

    @Test
    void aMigrationCopiesTheFileFirstAndMovesTheVersion() throws Exception {
        Path file = dir.resolve("old.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importArticle(Drafts.article("Bridge vote", "The council voted."));
        }
        Path backup;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> scripts = new java.util.ArrayList<>(Migrations.SCRIPTS);
            scripts.add("test-002-add-reviewer.sql"); // one format beyond the newest
            backup = new Migrations(scripts).migrate(connection, file, Workspace.FORMAT);
        }
        assertThat(backup).exists();
        assertThat(backup.getFileName().toString()).startsWith("old.qb.format-" + Workspace.FORMAT + "-backup-");
        assertThat(pragma(backup, "user_version")).isEqualTo(String.valueOf(Workspace.FORMAT));
        assertThat(query(backup, "SELECT count(*) FROM article")).isEqualTo("1");
        assertThat(pragma(file, "user_version")).isEqualTo(String.valueOf(Workspace.FORMAT + 1));
        assertThat(query(file, "SELECT count(*) FROM pragma_table_info('quote') WHERE name = 'reviewer'")).isEqualTo("1");
    }

    @Test
    void aFailedChangeLeavesNothingBehind() {
        try (Workspace workspace = Workspace.open(dir.resolve("news.qb"))) {
            assertThatThrownBy(() -> workspace.change("Adding", () -> {
                workspace.speakers().findOrCreate("Ana Pereira");
                workspace.events().findOrCreate("Bridge vote");
                throw new QuotebenchException("the quote was refused");
            })).hasMessage("the quote was refused");
            assertThat(workspace.speakers().list()).isEmpty();
            assertThat(workspace.events().list()).isEmpty();
        }
    }

    @Test
    void articleTextCannotBeChangedAfterImport() throws Exception {
        Path file = dir.resolve("news.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importArticle(Drafts.article("Bridge vote", "The council voted."));
        }
        assertThatThrownBy(() -> execute(file, "UPDATE article SET text = 'changed'"))
                .hasMessageContaining("cannot change after import");
    }

    @Test
    void defaultWorkspaceFollowsThePlatform() {
        assertThat(WorkspaceLocation.defaultWorkspace(java.util.Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/data/quotebench/workspace.qb"));
        assertThat(WorkspaceLocation.defaultWorkspace(java.util.Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/share/quotebench/workspace.qb"));
        assertThat(WorkspaceLocation.defaultWorkspace(java.util.Map.of(), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Quotebench/workspace.qb"));
        assertThat(WorkspaceLocation.defaultWorkspace(java.util.Map.of("QUOTEBENCH_WORKSPACE", "/tmp/x.qb"), "Linux", "/h"))
                .isEqualTo(Path.of("/tmp/x.qb"));
    }

    private static String pragma(Path file, String name) throws SQLException {
        return query(file, "PRAGMA " + name);
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Path file, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }
}
