package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23: a folder's metadata.csv/.tsv gives its articles' title, outlet, author, date, URL and language. */
class FolderMetadataImportTest {
    @TempDir
    Path dir;
    private Path folder;
    private Path workspace;

    @BeforeEach
    void twoArticlesNamedByCode() throws Exception {
        folder = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(folder.resolve("000_a1.txt"), "“We stay out,” union leader Yusuf Demir said on Monday.\n");
        Files.createDirectories(folder.resolve("more"));
        Files.writeString(folder.resolve("more/001_b2.txt"), "Ferry talks\n\n“Not tonight,” Renée Okafor said.\n");
        workspace = dir.resolve("m.qb");
    }

    @Test
    void theSidecarsCellsOverrideWhatTheFilesSay() throws Exception {
        Files.writeString(folder.resolve("metadata.csv"), "\uFEFFfile,title,outlet,author,date,url\n"
                + "000_a1.txt,\"Crews stay out, union says\",Saltmere Weekly,Mia Holt,2026-03-04,https://saltmere.example/a1\n"
                + "more/001_b2.txt,,The Harbour Courier,,,\n");
        CliRun run = CliRun.run(workspace, "import", folder.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode imported = run.json().get("imported");
        assertThat(imported).hasSize(2);
        JsonNode first = imported.get(0);
        assertThat(first.get("title").asText()).isEqualTo("Crews stay out, union says");
        assertThat(first.get("outlet").asText()).isEqualTo("Saltmere Weekly");
        assertThat(first.get("author").asText()).isEqualTo("Mia Holt");
        assertThat(first.get("published_on").asText()).isEqualTo("2026-03-04");
        assertThat(first.get("url").asText()).isEqualTo("https://saltmere.example/a1");
        JsonNode second = imported.get(1);
        assertThat(second.get("title").asText()).isEqualTo("Ferry talks"); // an empty cell keeps the file's own
        assertThat(second.get("outlet").asText()).isEqualTo("The Harbour Courier");
    }

    @Test
    void aTabSeparatedSidecarWorksTheSame() throws Exception {
        Files.writeString(folder.resolve("metadata.tsv"), "File\tOutlet\tLanguage\n000_a1.txt\tSaltmere Weekly\ten\n");
        JsonNode imported = CliRun.run(workspace, "import", folder.toString(), "--json").json().get("imported");
        assertThat(imported.get(0).get("outlet").asText()).isEqualTo("Saltmere Weekly");
        assertThat(imported.get(0).get("language").asText()).isEqualTo("en");
        assertThat(imported.get(1).path("outlet").isNull() || imported.get(1).path("outlet").isMissingNode()).isTrue();
    }

    @Test
    void aSidecarThatDoesNotCheckOutRefusesItsFolderWithTheLineAndReason() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("x.txt"), "“Later,” she said.\n");
        String[][] bad = {
            {"file,date\n000_a1.txt,2026-02-30\n", "metadata.csv:2: The date '2026-02-30' is not a day"},
            {"file,outlet\n000_a1.txt,A\nnope.txt,B\n", "metadata.csv:3: no article file 'nope.txt' in"},
            {"file,url\n000_a1.txt,ftp://x.example/a\n", "metadata.csv:2: The URL 'ftp://x.example/a' is not a web address"},
            {"title,outlet\nA,B\n", "metadata.csv:1: the header names no 'file' column"},
            {"file,outlet\n000_a1.txt,A\n000_a1.txt,B\n", "metadata.csv:3: '000_a1.txt' is named twice"},
            {"file,title\n000_a1.txt,\"never closed\n", "metadata.csv: not a readable CSV table"},
            // found in review: without a final line break the last row was named one line early
            {"file,date\n000_a1.txt,2026-02-30", "metadata.csv:2: The date '2026-02-30' is not a day"},
        };
        for (String[] sidecar : bad) {
            Files.writeString(folder.resolve("metadata.csv"), sidecar[0]);
            CliRun run = CliRun.run(workspace, "import", folder.toString(), other.toString(), "--json");
            assertThat(run.exitCode()).as(sidecar[0]).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(sidecar[0]).singleElement().satisfies(line -> {
                assertThat(line).contains(sidecar[1]).endsWith("nothing in " + folder + " was imported");
            });
            assertThat(run.json().get("imported").size() + run.json().get("duplicates").size()).as("the other folder still goes in")
                    .isEqualTo(1);
        }
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(1); // only other/x.txt
    }
}
