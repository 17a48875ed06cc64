package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.WebOrigin;
import org.quotebench.store.Workspace;

/**
 * Noted in earlier sessions: a page fetched from the web lost where and when it was fetched on its way
 * through our own jsonl (exported, then imported into another workspace), so `refresh` and the versions
 * view no longer knew it as a web page. Also: a jsonl line with a fetch time that is not a time is one
 * clear line naming the file and line, nothing stored.
 */
class JsonlWebOriginTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Ferry talks\n\n🚢 Sainte-Rose\u0301: “We are not going back to sea tonight,” union leader "
            + "Yusuf Demir told reporters.";

    @Test
    void aFetchedPageKeepsWhereAndWhenItWasFetchedThroughJsonl() throws Exception {
        Path source = dir.resolve("source.qb");
        try (Workspace ws = Workspace.open(source)) {
            ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(Optional.of("Ferry talks"), Optional.of("Harbour Courier"),
                    Optional.empty(), Optional.of("https://courier.example/ferry?utm=x"), Optional.empty(), Optional.of("en")), "UTF-8",
                    "https://courier.example/ferry?utm=x", new WebOrigin(Optional.of("https://courier.example/ferry"),
                            Optional.of("2026-11-30T08:15:00Z"), OptionalInt.of(200), Optional.of("2026-11-29T22:00:00Z"))));
        }
        Path out = dir.resolve("out.jsonl");
        assertThat(CliRun.run(source, "export", "--format", "jsonl", out.toString()).exitCode()).isZero();
        Path copy = dir.resolve("copy.qb");
        CliRun imported = CliRun.run(copy, "import-annotations", "--format", "jsonl", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        JsonNode before = CliRun.run(source, "show", "1", "--json").json();
        JsonNode after = CliRun.run(copy, "show", "1", "--json").json();
        for (String field : new String[] {"url", "canonical_url", "fetched_at", "http_status", "archived_at", "source_name", "outlet"}) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(after.get("fetched_at").asText()).isEqualTo("2026-11-30T08:15:00Z");
    }

    @Test
    void aFetchTimeThatIsNotATimeIsRefusedInOneLine() throws Exception {
        String line = "{\"title\": \"Ferry talks\", \"text\": \"Ferry talks. “We will not sail,” Demir said.\", \"fetched_at\": \"yesterday\","
                + " \"quotes\": []}\n";
        Path file = Files.writeString(dir.resolve("bad.jsonl"), line);
        Path workspace = dir.resolve("w.qb");
        CliRun run = CliRun.run(workspace, "import-annotations", "--format", "jsonl", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("bad.jsonl:1").contains("fetched_at").contains("yesterday").doesNotContain("Exception");
        assertThat(CliRun.run(workspace, "list", "--json").json()).isEmpty();
    }
}
