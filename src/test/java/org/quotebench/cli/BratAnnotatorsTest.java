package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a brat export keeps each annotator's quotes apart, one NAME_ANNOTATOR.ann each (beside a
 * copy of the text, so that brat opens it), and importing it gives every annotator their own quotes
 * back; two annotators who marked the same words keep a quote each.
 */
class BratAnnotatorsTest {
    static final String ARTICLE = "Ferry talks 🚢\n\nRene\u0301e Okafor spoke. “We will,” she said, “and soon.” "
            + "“Nobody waits,” said Tom Hale.\n";

    @TempDir
    Path dir;

    private static String at(String words) {
        return CodePointSpan.of(ARTICLE, words);
    }

    private static List<String> quotes(Path workspace) {
        List<String> rows = new ArrayList<>();
        for (JsonNode q : CliRun.run(workspace, "quote", "list", "--json").json()) {
            rows.add(q.get("annotator").asText() + "|" + q.get("fragments") + " " + q.path("speaker").path("name").asText("-"));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void eachAnnotatorGetsAFileAndTheirQuotesBack() throws Exception {
        Path ana = dir.resolve("a.qb");
        assertThat(CliRun.run(ana, "import", Files.writeString(dir.resolve("f.txt"), ARTICLE).toString()).exitCode()).isZero();
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”"), "--speaker", "Renée Okafor",
                "--mention", at("she"), "--annotator", "ana");
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--speaker", "Renée Okafor", "--mention", at("she"),
                "--annotator", "Ben Ode");
        CliRun.run(ana, "quote", "add", "1", "--span", at("“Nobody waits,”"), "--speaker", "Tom Hale", "--mention", at("Tom Hale"),
                "--annotator", "Ben Ode");
        Path folder = dir.resolve("brat");
        assertThat(CliRun.run(ana, "export", "--format", "brat", folder.toString(), "--status", "any").exitCode()).isZero();
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".conf")).sorted().toList();
        }
        assertThat(files).hasSize(6).anyMatch(n -> n.endsWith("_ana.ann")).anyMatch(n -> n.endsWith("_BenOde.ann"))
                .anyMatch(n -> n.endsWith("_BenOde.txt"));
        Path other = dir.resolve("b.qb");
        CliRun imported = CliRun.run(other, "import-annotations", "--format", "brat", folder.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json().get("articles_added").asInt()).isEqualTo(1);
        List<String> back = quotes(other);
        assertThat(back).hasSize(3);
        assertThat(back).filteredOn(r -> r.startsWith("ana|")).hasSize(1).allMatch(r -> r.contains("Renée Okafor"));
        assertThat(back).filteredOn(r -> r.startsWith("BenOde|")).hasSize(2);
        // the same words marked by both: one quote each, as before the export
        assertThat(quotes(ana).stream().map(r -> r.substring(r.indexOf('|')))).containsExactlyInAnyOrderElementsOf(
                back.stream().map(r -> r.substring(r.indexOf('|'))).toList());
    }
}
