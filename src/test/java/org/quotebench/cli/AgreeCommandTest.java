package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.export.BratImportTest;

/** {@code quotebench agree}: two annotators in one workspace, and two workspaces. */
class AgreeCommandTest {
    @TempDir
    Path dir;

    /** The same article annotated by two people: the second marks one quote the same, and shifts the other by a word. */
    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("demir.txt"), BratImportTest.TEXT);
        Files.writeString(corpus.resolve("demir_aaaa.ann"), BratImportTest.ANN);
        Files.writeString(corpus.resolve("demir_bbbb.ann"), BratImportTest.ANN.replace("T3\tContent 57 79\tthat crews were tired.",
                "T3\tContent 62 79\tcrews were tired."));
        return corpus;
    }

    @Test
    void twoAnnotatorsInOneWorkspace() throws Exception {
        Path workspace = dir.resolve("agree.qb");
        assertThat(CliRun.run(workspace, "import-annotations", "--format", "brat", corpus().toString()).exitCode()).isZero();
        CliRun run = CliRun.run(workspace, "agree", "--annotators", "aaaa", "bbbb", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("articles").asInt()).isEqualTo(1);
        assertThat(json.get("span_f1_exact").asDouble()).isEqualTo(0.5); // one of two the same
        assertThat(json.get("span_f1_overlap").asDouble()).isEqualTo(1.0);
        assertThat(json.get("speaker_agreement").asDouble()).isEqualTo(1.0);
        assertThat(json.get("kappa_kind").asDouble()).isEqualTo(1.0);
        assertThat(json.get("kappa_verdict").isNull()).isTrue(); // nobody gave a verdict: undefined, not perfect
        assertThat(json.get("per_article").get(0).get("a").asInt()).isEqualTo(2);
        CliRun text = CliRun.run(workspace, "agree", "--annotators", "aaaa", "bbbb");
        assertThat(text.out()).contains("span F1 exact 0.50 · overlapping 1.00");
        JsonNode pairs = CliRun.run(workspace, "agree", "--annotators", "aaaa", "bbbb", "zzzz", "--json").json().get("pairs");
        assertThat(pairs).hasSize(3); // aaaa-bbbb, aaaa-zzzz, bbbb-zzzz
        assertThat(pairs.get(0).get("span_f1_exact").asDouble()).isEqualTo(0.5);
        assertThat(pairs.get(1).get("articles").asInt()).isZero();
        CliRun nobody = CliRun.run(workspace, "agree", "--annotators", "aaaa", "zzzz");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err().strip()).isEqualTo("No article has quotes by both 'aaaa' and 'zzzz'.");
    }

    @Test
    void twoWorkspacesMatchedByText() throws Exception {
        Path corpus = corpus();
        Path a = dir.resolve("a.qb");
        Path b = dir.resolve("b.qb");
        Path onlyA = dir.resolve("only-a");
        Path onlyB = dir.resolve("only-b");
        Files.createDirectories(onlyA);
        Files.createDirectories(onlyB);
        Files.copy(corpus.resolve("demir.txt"), onlyA.resolve("demir.txt"));
        Files.copy(corpus.resolve("demir_aaaa.ann"), onlyA.resolve("demir.ann"));
        Files.copy(corpus.resolve("demir.txt"), onlyB.resolve("demir.txt"));
        Files.copy(corpus.resolve("demir_bbbb.ann"), onlyB.resolve("demir.ann"));
        assertThat(CliRun.run(a, "import-annotations", "--format", "brat", onlyA.toString()).exitCode()).isZero();
        assertThat(CliRun.run(b, "import-annotations", "--format", "brat", onlyB.toString()).exitCode()).isZero();
        CliRun run = CliRun.run(null, "agree", a.toString(), b.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("span_f1_exact").asDouble()).isEqualTo(0.5);
        CliRun wrong = CliRun.run(null, "agree", a.toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err().strip()).startsWith("Give two workspaces");
    }
}
