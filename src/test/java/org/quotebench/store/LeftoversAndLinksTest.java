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
        Path oldRestore = Files.writeString(dir.resolve("news.qb.restoring"), "half");
        Path deadRestore = Files.writeString(dir.resolve("news.qb.quotebench-999999999.restoring"), "half");
        Path deadBackup = Files.writeString(Backups.folder(file).resolve("news-1.qb.quotebench-999999999.part"), "half");
        Path liveBackup = Files.writeString(Backups.folder(file).resolve("news-2.qb.quotebench-" + ProcessHandle.current().pid() + ".part"),
                "being written");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.articles().count()).isEqualTo(1);
        }
        assertThat(oldRestore).doesNotExist();
        assertThat(deadRestore).doesNotExist();
        assertThat(deadBackup).doesNotExist();
        assertThat(liveBackup).exists();
        assertThat(Backups.list(file)).hasSize(1);
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
