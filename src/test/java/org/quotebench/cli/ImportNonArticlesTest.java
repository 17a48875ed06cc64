package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotebench import} refuses data files, annotation files and archives, one line each, and stores the articles. */
class ImportNonArticlesTest {
    @TempDir
    Path dir;

    @Test
    void eachNonArticleIsOneLineSayingWhatItIsAndWhatToUse() throws Exception {
        Path workspace = dir.resolve("n.qb");
        Path tasks = Files.writeString(dir.resolve("tasks.json"), "[{\"data\": {\"text\": \"Hi\"}, \"annotations\": []}]");
        Path feed = Files.writeString(dir.resolve("feed.txt"), "<?xml version=\"1.0\"?><rss><channel/></rss>");
        Path utf16 = Files.write(dir.resolve("wide.txt"), "A plain article in UTF-16.".getBytes(StandardCharsets.UTF_16LE));
        Path zip = dir.resolve("articles.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("Hello".getBytes(StandardCharsets.UTF_8));
        }
        Path article = Files.writeString(dir.resolve("note.txt"), "{Editor's note} The ferry talks resumed, the union said.");

        CliRun run = CliRun.run(workspace, "import", tasks.toString(), feed.toString(), utf16.toString(), zip.toString(),
                article.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.contains(": ")).toList()).containsExactly(
                tasks + ": a Label Studio export, not an article; use import-annotations --format label-studio",
                feed + ": an RSS feed (XML), not an article; save each article it links to as a web page (.html) and import those",
                utf16 + ": UTF-16 text without a byte order mark; save it as UTF-8",
                zip + ": a ZIP archive, not an article; unpack it and import the folder");
        assertThat(run.json().get("imported")).hasSize(1);
        assertThat(run.json().get("rejected")).hasSize(4);
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(1);
    }
}
