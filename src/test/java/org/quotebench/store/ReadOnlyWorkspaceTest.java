package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

/** A workspace in a folder that cannot be written opens for reading; no write is attempted. */
class ReadOnlyWorkspaceTest {
    @TempDir
    Path dir;
    Path folder;

    @RegisterExtension
    final ReadOnlyFolder shared = new ReadOnlyFolder();

    @Test
    void readsWorkAndWritesAreRefusedWithoutTouchingTheFile() throws Exception {
        folder = shared.create(dir);
        Path file = folder.resolve("news.qb");
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(Drafts.article("Quay", "The quay stays open, the harbour master said."));
        }
        byte[] before = Files.readAllBytes(file);
        assumeTrue(ReadOnlyFolders.make(folder), "cannot make a read-only folder here");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.readOnly()).isTrue();
            assertThat(ws.articles().list()).hasSize(1);
            assertThat(ws.search().search("harbour", 10)).hasSize(1);
            assertThatThrownBy(() -> ws.articles().importArticle(Drafts.article("Ferry", "The ferry sails, the union said.")))
                    .isInstanceOf(QuotebenchException.class).hasMessageContaining("is read-only").hasMessageContaining("nothing was changed");
            assertThatThrownBy(() -> ws.speakers().findOrCreate("Tom Hale")).hasMessageContaining("is read-only");
        }
        assertThat(Check.run(file).ok()).as("a read-only workspace is not reported as damaged").isTrue();
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("the file is untouched").isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("news.qb"); // no -wal or -shm either
        }
    }

    /** Issue 19.12: another user's workspace in a shared folder: reading it leaves no -wal/-shm of ours to lock its owner out. */
    @Test
    void aWorkspaceWeCannotWriteInAFolderWeCanLeavesNoFilesBehind() throws Exception {
        Path file = dir.resolve("shared.qb");
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(Drafts.article("Quay", "The quay stays open, the harbour master said."));
        }
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = false;
        if (Files.isWritable(file)) { // root: permissions do not stop it
            immutable = new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor() == 0;
            assumeTrue(immutable && !Files.isWritable(file), "cannot make a read-only file here");
        }
        try {
            try (Workspace ws = Workspace.open(file)) {
                assertThat(ws.readOnly()).isTrue();
                assertThat(ws.articles().list()).hasSize(1);
                assertThat(dir.resolve("shared.qb-shm")).doesNotExist();
                assertThat(dir.resolve("shared.qb-wal")).doesNotExist();
            }
            assertThat(Check.run(file).ok()).isTrue();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shared.qb");
            }
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            }
        }
    }

    /** A shared read-only workspace made before format 2 still opens for reading (format 2 only added merge times). */
    @Test
    void aReadOnlyWorkspaceOfTheFormatBeforeStillOpens() throws Exception {
        folder = shared.create(dir);
        Path file = folder.resolve("old.qb");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrations(java.util.List.of(Migrations.SCRIPTS.get(0))).migrate(connection, file, 0);
            try (var sql = connection.createStatement()) {
                sql.execute("INSERT INTO speaker (uuid, name) VALUES ('5f1c0b6e-2d7a-4b8e-9a53-0c1f2e3d4a5b', 'Renée Okafor')");
            }
        }
        assumeTrue(ReadOnlyFolders.make(folder), "cannot make a read-only folder here");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.readOnly()).isTrue();
            assertThat(ws.speakers().list()).extracting(s -> s.name()).containsExactly("Renée Okafor");
            assertThat(ws.changeTimes()).isEmpty();
        }
    }

    @Test
    void aWritableWorkspaceIsNotReadOnly() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("news.qb"))) {
            assertThat(ws.readOnly()).isFalse();
        }
    }
}
