package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23: {@code quotebench article edit} fixes an article's metadata; search follows the title. */
class ArticleEditCommandTest {
    @TempDir
    Path dir;
    private Path workspace;

    @BeforeEach
    void oneArticleNamedAfterItsFile() throws Exception {
        workspace = dir.resolve("a.qb");
        Path file = Files.writeString(dir.resolve("000_d3ccf51542f57b67.txt"),
                "the ferry strike goes on\n\n“We stay out,” union leader Yusuf Demir said on Monday.\n");
        assertThat(CliRun.run(workspace, "import", file.toString()).exitCode()).isZero();
    }

    @Test
    void changesOnlyTheFieldsGivenAndSearchFindsTheNewTitle() {
        CliRun run = CliRun.run(workspace, "article", "edit", "1", "--title", "Ferry crews stay out", "--outlet", "Saltmere Weekly",
                "--date", "2026-03-04", "--url", "https://saltmere.example/ferry", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode article = run.json();
        assertThat(article.get("title").asText()).isEqualTo("Ferry crews stay out");
        assertThat(article.get("outlet").asText()).isEqualTo("Saltmere Weekly");
        assertThat(article.get("published_on").asText()).isEqualTo("2026-03-04");
        assertThat(article.get("url").asText()).isEqualTo("https://saltmere.example/ferry");
        assertThat(article.get("author").isNull() || !article.has("author")).isTrue();

        JsonNode found = CliRun.run(workspace, "search", "crews", "--json").json();
        assertThat(found.toString()).contains("Ferry crews stay out");

        CliRun author = CliRun.run(workspace, "article", "edit", "1", "--author", "Mia Holt", "--json");
        assertThat(author.json().get("title").asText()).isEqualTo("Ferry crews stay out"); // kept
        assertThat(author.json().get("author").asText()).isEqualTo("Mia Holt");
        CliRun cleared = CliRun.run(workspace, "article", "edit", "1", "--url", "", "--json");
        assertThat(cleared.json().path("url").isMissingNode() || cleared.json().get("url").isNull()).isTrue();
    }

    @Test
    void badValuesAreOneClearLineAndChangeNothing() {
        String before = CliRun.run(workspace, "show", "1", "--json").json().toString();
        for (String[] bad : new String[][] {{"--date", "2026-02-30"}, {"--date", "March 4"}, {"--url", "javascript:alert(1)"},
                {"--url", "saltmere.example/ferry"}, {"--title", "two\nlines"}, {"--outlet", "x".repeat(1001)}}) {
            CliRun run = CliRun.run(workspace, "article", "edit", "1", bad[0], bad[1], "--title", "Changed?");
            assertThat(run.exitCode()).as(bad[0] + " " + bad[1]).isEqualTo(1);
            assertThat(run.err().lines().toList()).as(bad[0]).hasSize(1);
        }
        assertThat(CliRun.run(workspace, "article", "edit", "7", "--title", "x").err().strip()).isEqualTo("No article with id 7.");
        assertThat(CliRun.run(workspace, "show", "1", "--json").json().toString()).isEqualTo(before);
    }
}
