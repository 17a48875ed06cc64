package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.store.ReadOnlyFolder;
import org.quotebench.store.ReadOnlyFolders;

/** The command line on a workspace in a read-only folder: reading works with a note, writing is refused in one line. */
class ReadOnlyCommandsTest {
    @TempDir
    Path dir;
    Path folder;

    @RegisterExtension
    final ReadOnlyFolder shared = new ReadOnlyFolder();

    @Test
    void readWithANoteWriteRefused() throws Exception {
        folder = shared.create(dir);
        Path workspace = folder.resolve("news.qb");
        Path article = Files.writeString(dir.resolve("bridge.txt"), CliTest.ARTICLE, StandardCharsets.UTF_8);
        assertThat(CliRun.run(workspace, "import", article.toString()).exitCode()).isZero();
        assumeTrue(ReadOnlyFolders.make(folder), "cannot make a read-only folder here");
        CliRun list = CliRun.run(workspace, "list", "--json");
        assertThat(list.exitCode()).isZero();
        assertThat(list.json()).hasSize(1);
        assertThat(list.err()).contains("is read-only; it was opened for reading");
        CliRun add = CliRun.run(workspace, "speaker", "add", "Tom Hale");
        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("is read-only").contains("nothing was changed").doesNotContain("Exception");
    }
}
