package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.export.BratImportTest;

/** {@code import-annotations --format brat}: a corpus laid out as text/ and attributions/, one file of it broken. */
class ImportAnnotationsCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodFilesAreStoredWithTheirAnnotatorAndABrokenOneIsRefusedWhole() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        Files.writeString(corpus.resolve("text/demir.txt"), BratImportTest.TEXT);
        Files.writeString(corpus.resolve("attributions/demir_ab12.ann"), BratImportTest.ANN);
        Files.writeString(corpus.resolve("text/broken.txt"), "Another ferry story, told by nobody.");
        Files.writeString(corpus.resolve("attributions/broken_cd34.ann"), "T1\tContent 0 7\tAnother\nT2\tContent 8 13\tboats\n");
        Path workspace = dir.resolve("a.qb");

        CliRun run = CliRun.run(workspace, "import-annotations", "--format", "brat", corpus.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(corpus.resolve("attributions/broken_cd34.ann")
                + ":2: T2 says \"boats\" but the text there is \"ferry\".");
        JsonNode summary = run.json();
        assertThat(summary.get("imported")).hasSize(1);
        assertThat(summary.get("quotes").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").get(0).get("file").asText()).endsWith("broken_cd34.ann");
        assertThat(summary.get("skipped_lines").asInt()).isEqualTo(1);

        JsonNode quotes = CliRun.run(workspace, "quote", "list", "--json").json();
        assertThat(quotes).hasSize(2);
        int[] cp = BratImportTest.TEXT.codePoints().toArray();
        for (JsonNode q : quotes) {
            assertThat(new String(cp, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt()))
                    .isEqualTo(q.get("text").asText());
            assertThat(q.get("annotator").asText()).isEqualTo("ab12");
        }
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(1); // nothing of the broken file

        // Importing again adds nothing.
        CliRun again = CliRun.run(workspace, "import-annotations", "--format", "brat", corpus.toString(), "--json");
        assertThat(again.json().get("quotes").asInt()).isZero();
        assertThat(again.json().get("duplicates")).hasSize(1);
    }

    @Test
    void anUnknownFormatOrAMissingFolderIsOneLine() {
        CliRun format = CliRun.run(dir.resolve("b.qb"), "import-annotations", "--format", "conll", dir.toString());
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err().strip()).isEqualTo("Unknown annotation format 'conll'; known: brat, jsonl, label-studio, doccano, bundle.");
        CliRun missing = CliRun.run(dir.resolve("b.qb"), "import-annotations", "--format", "brat", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().lines().toList()).hasSize(1).allMatch(l -> l.contains("not a folder"));
    }
}
