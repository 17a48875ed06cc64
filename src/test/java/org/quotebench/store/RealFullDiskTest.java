package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

/**
 * Issue 19.16: a real full disk (a small tmpfs, mounted where the tests run as root), filled up
 * while no program had the workspace open, so that even its -shm file cannot be made.
 */
class RealFullDiskTest {
    @TempDir
    Path dir;
    private Path disk;
    private boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private Path fullDiskWithAWorkspace() throws Exception {
        Path original = dir.resolve("news.qb");
        try (Workspace ws = Workspace.open(original)) {
            ws.articles().importArticle(Drafts.article("Quay", "The quay stays open, the harbour master said."));
        }
        disk = Files.createDirectories(dir.resolve("disk"));
        mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()).start().waitFor() == 0;
        assumeTrue(mounted, "cannot mount a small file system here (the tests need root for this one)");
        Path file = Files.copy(original, disk.resolve("news.qb"));
        try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        return file;
    }

    @Test
    void openingSaysTheDiskIsFullWhenItsIndexFileCannotBeMade() throws Exception {
        Path file = fullDiskWithAWorkspace();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> {
            try (Workspace ws = Workspace.open(file)) {
                ws.speakers().findOrCreate("Tom Hale");
            }
        }).isInstanceOf(QuotebenchException.class).hasMessageContaining("news.qb").hasMessageContaining("the disk is full")
                .hasMessageNotContaining("damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theCheckOnAFullDiskDoesNotCallTheWorkspaceDamaged() throws Exception {
        Path file = fullDiskWithAWorkspace();
        Check.Report report;
        try {
            report = Check.run(file);
        } catch (QuotebenchException e) {
            assertThat(e.getMessage()).contains("the disk is full").doesNotContain("damaged");
            return;
        }
        assertThat(report.problems()).allSatisfy(p -> assertThat(p).doesNotContain("damaged"));
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
    }
}
