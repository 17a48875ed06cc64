package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quote add --span} once per piece; the JSON lists the pieces beside start and end; bundles carry them. */
class QuotePiecesCommandTest {
    // An emoji and a combining accent before the quote, which its attribution interrupts.
    static final String ARTICLE = "Harbour news 🚢\n\nRene\u0301e Okafor spoke. “We will,” she said, “and soon.” Then she left.\n";

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void importArticle() throws Exception {
        workspace = dir.resolve("w.qb");
        Path file = Files.writeString(dir.resolve("okafor.txt"), ARTICLE);
        assertThat(CliRun.run(workspace, "import", file.toString()).exitCode()).isZero();
    }

    private static String at(String words) {
        return CodePointSpan.of(ARTICLE, words);
    }

    @Test
    void aQuoteInTwoPiecesIsOneQuoteWhoseJsonListsThePieces() {
        CliRun run = CliRun.run(workspace, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”"),
                "--speaker", "Renée Okafor", "--cue", at("said"), "--text", "“We will,” … “and soon.”", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode quote = run.json();
        assertThat(quote.get("start").asText() + ":" + quote.get("end").asText())
                .isEqualTo(at("“We will,” she said, “and soon.”"));
        assertThat(quote.get("text").asText()).isEqualTo("“We will,” she said, “and soon.”");
        JsonNode pieces = quote.get("fragments");
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).get("start").asText() + ":" + pieces.get(0).get("end").asText()).isEqualTo(at("“We will,”"));
        assertThat(pieces.get(1).get("text").asText()).isEqualTo("“and soon.”");
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json()).singleElement()
                .satisfies(q -> assertThat(q.get("fragments")).isEqualTo(pieces));
        // the table shows the quoted words, not the attribution between them
        assertThat(CliRun.run(workspace, "quote", "list").out()).contains("“We will,” … “and soon.”").doesNotContain("she said");
    }

    @Test
    void aQuoteOfOnePieceListsItsOnePiece() {
        CliRun run = CliRun.run(workspace, "quote", "add", "1", "--span", at("“We will,”"), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode piece = run.json().get("fragments");
        assertThat(piece).hasSize(1);
        assertThat(piece.get(0).get("text").asText()).isEqualTo("“We will,”");
    }

    @Test
    void mixingTheTwoWaysOfPlacingAQuoteOrOverlappingPiecesIsRefusedInOneLine() {
        CliRun both = CliRun.run(workspace, "quote", "add", "1", "--start", "1", "--end", "4", "--span", at("“We will,”"));
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err().strip()).doesNotContain("\n").contains("not both");
        CliRun neither = CliRun.run(workspace, "quote", "add", "1", "--speaker", "X");
        assertThat(neither.exitCode()).isNotZero();
        assertThat(neither.err().strip()).doesNotContain("\n").contains("--span");
        CliRun overlap = CliRun.run(workspace, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("will,” she"));
        assertThat(overlap.exitCode()).isNotZero();
        // in the numbers the user gave (code points), though an emoji stands before the quote
        assertThat(overlap.err().strip()).doesNotContain("\n").contains("The pieces " + at("“We will,”") + " and " + at("will,” she")
                + " overlap");
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json()).isEmpty();
    }

    @Test
    void aBundleCarriesThePiecesToAnotherWorkspace() {
        assertThat(CliRun.run(workspace, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”")).exitCode())
                .isZero();
        Path bundle = dir.resolve("okafor.qbz");
        assertThat(CliRun.run(workspace, "export", "--format", "bundle", bundle.toString()).exitCode()).isZero();
        Path other = dir.resolve("other.qb");
        CliRun imported = CliRun.run(other, "import-annotations", "--format", "bundle", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode theirs = CliRun.run(workspace, "quote", "list", "--json").json().get(0);
        JsonNode ours = CliRun.run(other, "quote", "list", "--json").json().get(0);
        assertThat(ours.get("fragments")).hasSize(2).isEqualTo(theirs.get("fragments"));
        assertThat(ours.get("uuid")).isEqualTo(theirs.get("uuid"));
        CliRun again = CliRun.run(other, "import-annotations", "--format", "bundle", bundle.toString(), "--json");
        assertThat(again.json().get("merged").asInt()).isEqualTo(1);
        assertThat(again.json().get("conflicts")).isEmpty();
    }

    @Test
    void ourOwnJsonlAndBratCarryThePiecesToAnotherWorkspaceAndCsvListsThem() throws Exception {
        assertThat(CliRun.run(workspace, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”"),
                "--speaker", "Renée Okafor", "--annotator", "ana").exitCode()).isZero();
        JsonNode ours = CliRun.run(workspace, "quote", "list", "--json").json().get(0).get("fragments");
        for (String format : new String[] {"jsonl", "brat"}) {
            Path out = dir.resolve("out-" + format);
            assertThat(CliRun.run(workspace, "export", "--format", format, out.toString()).exitCode()).isZero();
            Path other = dir.resolve("other-" + format + ".qb");
            CliRun imported = CliRun.run(other, "import-annotations", "--format", format, out.toString());
            assertThat(imported.exitCode()).as(format + ": " + imported.err()).isZero();
            assertThat(CliRun.run(other, "quote", "list", "--json").json()).as(format).singleElement()
                    .satisfies(q -> assertThat(q.get("fragments")).isEqualTo(ours));
        }
        Path csv = dir.resolve("out.csv");
        assertThat(CliRun.run(workspace, "export", "--format", "csv", csv.toString()).exitCode()).isZero();
        String row = Files.readAllLines(csv).get(1);
        assertThat(row).as(row).endsWith(",ana," + at("“We will,”") + ";" + at("“and soon.”"));
    }
}
