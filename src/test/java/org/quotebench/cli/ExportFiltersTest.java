package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export filters (outlet, speaker, event, annotator) and the train/dev/test split, through the command line. */
class ExportFiltersTest {
    @TempDir
    Path dir;
    private Path workspace;

    private static String page(String outlet, String title, String body) {
        return "<html><head><meta property=\"og:site_name\" content=\"" + outlet + "\"><title>" + title + "</title></head><body><p>"
                + body + "</p></body></html>";
    }

    @BeforeEach
    void threeArticlesFromTwoOutlets() throws Exception {
        workspace = dir.resolve("f.qb");
        Files.writeString(dir.resolve("a.html"), page("The Harbour Courier", "Bridge vote",
                "“The bridge opens in May,” said Renée Okafor. “It is rushed,” said Tom Hale."));
        Files.writeString(dir.resolve("b.html"), page("The Bellmouth Gazette", "Bridge by May",
                "“We keep our word,” said Renée Okafor."));
        Files.writeString(dir.resolve("c.html"), page("The Bellmouth Gazette", "Ferry strike",
                "“Crews are tired,” said Ines Varga."));
        assertThat(CliRun.run(workspace, "import", dir.resolve("a.html").toString(), dir.resolve("b.html").toString(),
                dir.resolve("c.html").toString(), "--suggest").exitCode()).isZero();
        for (JsonNode quote : CliRun.run(workspace, "quote", "list", "--json").json()) {
            CliRun.run(workspace, "quote", "edit", quote.get("id").asText(), "--status", "accepted");
        }
        assertThat(CliRun.run(workspace, "event", "add", "Bridge vote").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "event", "link", "Bridge vote", "1").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "event", "link", "Bridge vote", "2").exitCode()).isZero();
    }

    private JsonNode export(String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "export";
        args[1] = "--format";
        args[2] = "jsonl";
        args[3] = dir.resolve("out.jsonl").toString();
        args[4] = "--force"; // each export of a test replaces the one before it
        args[5] = "--json";
        System.arraycopy(options, 0, args, 6, options.length);
        CliRun run = CliRun.run(workspace, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void filtersChooseArticlesAndQuotes() {
        assertThat(export().get("quotes").asInt()).isEqualTo(4);
        JsonNode gazette = export("--outlet", "the bellmouth gazette");
        assertThat(gazette.get("articles").asInt()).isEqualTo(2);
        assertThat(gazette.get("quotes").asInt()).isEqualTo(2);
        JsonNode okafor = export("--speaker", "Renée Okafor");
        assertThat(okafor.get("articles").asInt()).isEqualTo(2);
        assertThat(okafor.get("quotes").asInt()).isEqualTo(2);
        JsonNode vote = export("--event", "Bridge vote"); // the quotes have no events: their articles' count
        assertThat(vote.get("articles").asInt()).isEqualTo(2);
        assertThat(vote.get("quotes").asInt()).isEqualTo(3);
        assertThat(export("--annotator", "quote finder").get("quotes").asInt()).isEqualTo(4);
        assertThat(export("--annotator", "ana").get("quotes").asInt()).isZero();
        CliRun unknown = CliRun.run(workspace, "export", "--format", "csv", dir.resolve("x.csv").toString(), "--speaker", "Nobody");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("No speaker named 'Nobody'.");
    }

    @Test
    void aSplitWritesThreePartsThatAddUp() throws Exception {
        JsonNode summary = export("--split", "34/33/33", "--seed", "5");
        JsonNode splits = summary.get("splits");
        int articles = 0;
        int lines = 0;
        for (String part : new String[] {"train", "dev", "test"}) {
            Path file = dir.resolve("out-" + part + ".jsonl");
            assertThat(splits.get(part).get("path").asText()).isEqualTo(file.toAbsolutePath().toString());
            articles += splits.get(part).get("articles").asInt();
            lines += Files.readAllLines(file).size();
        }
        assertThat(articles).isEqualTo(3).isEqualTo(lines).isEqualTo(summary.get("articles").asInt());
        assertThat(export("--split", "34/33/33", "--seed", "5").get("splits")).isEqualTo(splits); // the same seed, the same split
    }
}
