package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotebench export}: formats, the default status of training sets, and clear refusals. */
class ExportCommandTest {
    static final String ARTICLE = "Ferry talks\n\n🚢 “We are not going back to sea tonight,” union leader Yusuf Demir told reporters. "
            + "“The owners know why,” Demir said.";

    @TempDir
    Path dir;
    private Path workspace;

    @BeforeEach
    void oneArticleTwoSuggestionsOneAccepted() throws Exception {
        workspace = dir.resolve("e.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), ARTICLE);
        assertThat(CliRun.run(workspace, "import", file.toString(), "--suggest").exitCode()).isZero();
        JsonNode quotes = CliRun.run(workspace, "quote", "list", "--json").json();
        assertThat(quotes).hasSize(2);
        assertThat(CliRun.run(workspace, "quote", "edit", quotes.get(0).get("id").asText(), "--status", "accepted").exitCode()).isZero();
    }

    @Test
    void jsonlTakesEveryQuoteAndPrintsTheContractSummary() throws Exception {
        Path out = dir.resolve("all.jsonl");
        CliRun run = CliRun.run(workspace, "export", "--format", "jsonl", out.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.get("format").asText()).isEqualTo("jsonl");
        assertThat(summary.get("path").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(summary.get("articles").asInt()).isEqualTo(1);
        assertThat(summary.get("quotes").asInt()).isEqualTo(2);
        // The line is what 'show --json' prints for the article.
        JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readAllLines(out).get(0));
        JsonNode shown = CliRun.run(workspace, "show", "1", "--json").json();
        assertThat(line).isEqualTo(shown);
    }

    @Test
    void trainingSetsTakeAcceptedQuotesUnlessAskedForAny() throws Exception {
        CliRun accepted = CliRun.run(workspace, "export", "--format", "spacy", dir.resolve("a.jsonl").toString(), "--json");
        assertThat(accepted.json().get("quotes").asInt()).isEqualTo(1);
        CliRun any = CliRun.run(workspace, "export", "--format", "spacy", dir.resolve("b.jsonl").toString(), "--status", "any", "--json");
        assertThat(any.json().get("quotes").asInt()).isEqualTo(2);
        CliRun brat = CliRun.run(workspace, "export", "--format", "brat", dir.resolve("brat").toString());
        assertThat(brat.exitCode()).as(brat.err()).isZero();
        try (var files = Files.list(dir.resolve("brat"))) {
            // the quote finder's quotes in a file of their own (NAME.ann, for quotes nobody is named for, is empty)
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("0001-ferry-talks.ann",
                    "0001-ferry-talks.txt", "0001-ferry-talks_quotefinder.ann", "0001-ferry-talks_quotefinder.txt", "annotation.conf",
                    "tools.conf");
        }
    }

    @Test
    void inceptionWritesAFolderOfXmiAndItsTypeSystemAndRefusesAFile() throws Exception {
        Path folder = dir.resolve("inception");
        CliRun run = CliRun.run(workspace, "export", "--format", "inception", folder.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty(); // UIMA's logging says nothing
        assertThat(run.json().get("quotes").asInt()).isEqualTo(1); // a training set: the accepted quote
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("0001-ferry-talks.xmi",
                    "0001-ferry-talks_quotefinder.xmi", "TypeSystem.xml");
        }
        // without --json the user is told what to do with it in INCEpTION (its layers come from TypeSystem.xml)
        CliRun told = CliRun.run(workspace, "export", "--format", "inception", dir.resolve("again").toString());
        assertThat(told.out().lines().toList()).hasSize(2).last().asString().contains("Settings › Layers › Import")
                .contains("TypeSystem.xml");
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        CliRun refused = CliRun.run(workspace, "export", "--format", "inception", file.toString(), "--force");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines().toList()).containsExactly(file + ": inception writes a folder, and this is a file. Nothing was written.");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void badInputIsOneClearLineAndWritesNothing() {
        Path out = dir.resolve("x.csv");
        CliRun format = CliRun.run(workspace, "export", "--format", "xml", out.toString());
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err().strip()).isEqualTo("Unknown export format 'xml'; known: jsonl, csv, spacy, brat, inception, w3c, label-studio, doccano, claimreview, bundle.");
        CliRun article = CliRun.run(workspace, "export", "--format", "csv", out.toString(), "--article", "99");
        assertThat(article.exitCode()).isEqualTo(1);
        assertThat(article.err().lines().toList()).hasSize(1).allMatch(l -> l.contains("99"));
        CliRun status = CliRun.run(workspace, "export", "--format", "csv", out.toString(), "--status", "maybe");
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err().lines().toList()).hasSize(1);
        assertThat(out).doesNotExist();
        assertThat(List.of(format, article, status)).allSatisfy(run -> assertThat(run.err()).doesNotContain("Exception"));
    }
}
