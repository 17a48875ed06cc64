package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19.13-15: restore through a link, an emptied workspace with backups, and what killed programs left behind. */
class LeftoversAndLinksTest {
    @TempDir
    Path dir;

    private Path workspaceWithBackup(Path file) {
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(Drafts.article("Ferry strike", "The ferry crews stayed ashore, the union said."));
        }
        Backups.take(file);
        return file;
    }

    @Test
    void restoreThroughALinkRestoresTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = workspaceWithBackup(Files.createDirectories(dir.resolve("data")).resolve("news.qb"));
        Path backup = Backups.list(real).get(0).file();
        try (Workspace ws = Workspace.open(real)) {
            ws.articles().importArticle(Drafts.article("Late news", "The quay reopened at noon, the harbour master said."));
        }
        Path link = Files.createSymbolicLink(dir.resolve("news.qb"), real);

        Backups.restore(link, backup);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        try (Workspace ws = Workspace.open(real)) {
            assertThat(ws.articles().list()).hasSize(1);
        }
    }

    @Test
    void anEmptyFileWithBackupsBesideItIsADamagedWorkspaceNotANewOne() throws Exception {
        Path file = workspaceWithBackup(dir.resolve("news.qb"));
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(DamagedWorkspace.class)
                .hasMessageContaining("the file is empty").hasMessageContaining("The newest good backup is");
        assertThat(Files.size(file)).isZero();
        Path fresh = Files.write(dir.resolve("fresh.qb"), new byte[0]); // an empty file without backups is a new workspace
        try (Workspace ws = Workspace.open(fresh)) {
            assertThat(ws.articles().count()).isZero();
        }
    }

    @Test
    void whatKilledRestoresAndBackupsLeftIsRemovedOnOpenAndNeverALiveProgramsPart() throws Exception {
        Path file = workspaceWithBackup(dir.resolve("news.qb"));
        Path oldRestore = aged(Files.writeString(dir.resolve("news.qb.restoring"), "half"));
        Path deadRestore = aged(Files.writeString(dir.resolve("news.qb.quotebench-999999999.restoring"), "half"));
        Path deadBackup = aged(Files.writeString(Backups.folder(file).resolve("news-1.qb.quotebench-999999999.part"), "half"));
        Path liveBackup = aged(Files.writeString(Backups.folder(file).resolve("news-2.qb.quotebench-" + ProcessHandle.current().pid()
                + ".part"), "being written"));
        // Its program is not running here, but it changed a moment ago: another namespace's, or another computer's.
        Path fresh = Files.writeString(dir.resolve("news.qb.quotebench-999999998.restoring"), "being written elsewhere");
        Path overflow = aged(Files.writeString(dir.resolve("x.quotebench-99999999999999999999.part"), "not ours: no such program id"));
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.articles().count()).isEqualTo(1);
        }
        assertThat(oldRestore).doesNotExist();
        assertThat(deadRestore).doesNotExist();
        assertThat(deadBackup).doesNotExist();
        assertThat(liveBackup).exists();
        assertThat(fresh).exists();
        assertThat(overflow).exists();
        assertThat(Backups.list(file)).hasSize(1);
    }

    private static Path aged(Path file) throws java.io.IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        return file;
    }

    @Test
    void aRestoreOfAWorkspaceWeCannotWriteIsRefused() throws Exception {
        Path file = workspaceWithBackup(dir.resolve("theirs.qb"));
        Path backup = Backups.list(file).get(0).file();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = false;
        if (Files.isWritable(file)) { // root
            immutable = new ProcessBuilder("chattr", "+i", file.toString()).start().waitFor() == 0;
            org.junit.jupiter.api.Assumptions.assumeTrue(immutable && !Files.isWritable(file), "cannot make a read-only file here");
        }
        try {
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> Backups.restore(file, backup)).hasMessageContaining("is read-only").hasMessageContaining("Nothing was changed");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            }
        }
    }

    @Test
    void aPartFileIsKnownByItsMarkAndItsProgram() {
        assertThat(PartFiles.leftover(".quotes.csv.quotebench-999999999-3.part")).isTrue();
        assertThat(PartFiles.leftover("news.qb.quotebench-999999999.restoring")).isTrue();
        assertThat(PartFiles.leftover("news.qb.quotebench-" + ProcessHandle.current().pid() + ".part")).isFalse();
        assertThat(PartFiles.leftover("draft.2024.part")).isFalse();
        assertThat(PartFiles.leftover("quotebench-1.part")).isFalse();
    }
}
