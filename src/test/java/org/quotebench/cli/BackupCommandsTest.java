package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, backup --list, check and restore as a user runs them, including on a damaged workspace. */
class BackupCommandsTest {
    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void setUp() throws IOException {
        workspace = dir.resolve("news.qb");
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Ferry strike, day " + i + "\n\n" + "The crews stayed ashore, the union said. "
                    .repeat(100), StandardCharsets.UTF_8);
        }
        assertThat(CliRun.run(workspace, "import", dir.toString()).exitCode()).isZero();
    }

    @Test
    void backupListCheckAndRestoreAfterDamage() throws IOException {
        JsonNode taken = CliRun.run(workspace, "backup", "--json").json();
        Path backup = Path.of(taken.get("file").asText());
        assertThat(backup).exists();
        assertThat(CliRun.run(workspace, "backup", "--list", "--json").json()).hasSize(1);
        CliRun ok = CliRun.run(workspace, "check");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains(": ok (30 articles, 0 quotes checked)");

        try (RandomAccessFile raf = new RandomAccessFile(workspace.toFile(), "rw")) {
            for (long page = 2; page < raf.length() / 4096; page += 2) {
                raf.seek(page * 4096);
                raf.write(new byte[] {13, 0, 0, 0, 1, 0, 0, 0});
            }
        }
        CliRun list = CliRun.run(workspace, "list");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).contains("is damaged").contains("It was not changed").contains("quotebench restore " + backup)
                .doesNotContain("Exception");
        CliRun damaged = CliRun.run(workspace, "check");
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).contains("is damaged").contains("restore latest");

        CliRun restored = CliRun.run(workspace, "restore", "latest");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("The file it replaced is kept as");
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(30);
        assertThat(CliRun.run(workspace, "check").exitCode()).isZero();
    }

    @Test
    void restoreWithoutBackupsSaysSo() {
        CliRun run = CliRun.run(workspace, "restore", "latest");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No good backup of").contains("news.qb.backups");
    }
}
