package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotebench compare}: two outlets on one event quote the same person differently. */
class CompareCommandTest {
    @TempDir
    Path dir;

    private static String page(String outlet, String title, String body) {
        return "<html><head><meta property=\"og:site_name\" content=\"" + outlet + "\"><title>" + title + "</title></head><body><p>"
                + body + "</p></body></html>";
    }

    @Test
    void statementsWithVersionsFlagsAndDiffsInTheContractShape() throws Exception {
        Path workspace = dir.resolve("c.qb");
        Files.writeString(dir.resolve("a.html"), page("The Harbour Courier", "Bridge vote",
                "“The bridge will be open to traffic by May,” said Mayor Renée Okafor. “The vote was rushed,” said Tom Hale."));
        Files.writeString(dir.resolve("b.html"), page("The Bellmouth Gazette", "Bridge by May",
                "“The bridge will surely be open to traffic by May,” said Tom Hale."));
        assertThat(CliRun.run(workspace, "import", dir.resolve("a.html").toString(), dir.resolve("b.html").toString(), "--suggest")
                .exitCode()).isZero();
        CliRun.run(workspace, "event", "add", "Bridge vote");
        CliRun.run(workspace, "event", "link", "Bridge vote", "1");
        CliRun.run(workspace, "event", "link", "Bridge vote", "2");

        CliRun run = CliRun.run(workspace, "compare", "--event", "Bridge vote", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode statements = run.json().get("statements");
        assertThat(statements).hasSize(2);
        JsonNode bridge = statements.get(0);
        assertThat(bridge.get("versions")).hasSize(2);
        for (JsonNode version : bridge.get("versions")) {
            for (String field : new String[] {"quote_id", "article_id", "outlet", "kind", "text"}) {
                assertThat(version.has(field)).as(field).isTrue();
            }
        }
        List<String> flags = new ArrayList<>();
        bridge.get("flags").forEach(f -> flags.add(f.asText()));
        assertThat(flags).contains("wording-differs", "words-added", "different-speakers");
        List<String> ops = new ArrayList<>();
        bridge.get("versions").forEach(v -> v.get("diff").forEach(d -> ops.add(d.get("op").asText() + ":" + d.get("text").asText()
                + "/" + d.get("reference").asText())));
        // The longer quoted version is the reference: the other one lacks "surely".
        assertThat(ops).contains("dropped:/surely");
        assertThat(statements.get(1).get("flags").get(0).asText()).isEqualTo("one-outlet");

        CliRun text = CliRun.run(workspace, "compare", "--article", "1", "2");
        assertThat(text.out()).contains("[-surely-]", "2 statements from 3 quotes in 2 articles.");
        CliRun none = CliRun.run(workspace, "compare", "--event", "Ferry strike");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("No event named 'Ferry strike'.");
    }

    @Test
    void versionsAreLabelledByOutletTitleAndDateAndOneOutletStatementsCanBeLeftOut() throws Exception {
        // Issue 23: Compare labelled a version without an outlet "Article 3"
        Path workspace = dir.resolve("labels.qb");
        Files.writeString(dir.resolve("a.html"), page("The Harbour Courier", "Bridge vote",
                "“The bridge will be open to traffic by May,” said Mayor Renée Okafor. “The vote was rushed,” said Tom Hale."));
        Files.writeString(dir.resolve("000_d3ccf5.txt"), "Okafor promises bridge by May.\n\n"
                + "“The bridge will be open by May,” said Mayor Renée Okafor.\n");
        assertThat(CliRun.run(workspace, "import", dir.resolve("a.html").toString(), dir.resolve("000_d3ccf5.txt").toString(),
                "--suggest").exitCode()).isZero();
        JsonNode statements = CliRun.run(workspace, "compare", "--article", "1", "2", "--json").json().get("statements");
        List<String> sources = new ArrayList<>();
        statements.forEach(st -> st.get("versions").forEach(v -> sources.add(v.get("source").asText())));
        assertThat(sources).contains("The Harbour Courier · “Bridge vote” · undated",
                "No outlet · “Okafor promises bridge by May.” · undated");
        assertThat(String.join("\n", sources)).doesNotContainIgnoringCase("article ");
        CliRun text = CliRun.run(workspace, "compare", "--article", "1", "2");
        assertThat(text.out()).contains("No outlet · “Okafor promises bridge by May.” · undated").doesNotContain("article 2");

        JsonNode several = CliRun.run(workspace, "compare", "--article", "1", "2", "--several-outlets", "--json").json()
                .get("statements");
        assertThat(several).hasSizeLessThan(statements.size()).allSatisfy(st -> assertThat(st.get("flags").toString())
                .doesNotContain("one-outlet"));
        assertThat(several).isNotEmpty();
    }
}
