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

    /**
     * Found in review: with its fetch record restored, a jsonl article was taken as a new version of the page
     * (the same address) imported just before it, and given that version's details instead of its own.
     */
    @Test
    void twoVersionsOfAPageKeepTheirOwnDetails() throws Exception {
        Path source = dir.resolve("versions.qb");
        String url = "https://courier.example/ferry";
        try (Workspace ws = Workspace.open(source)) {
            ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(Optional.of("Ferry talks"), Optional.of("Old outlet"),
                    Optional.of("Alice Marr"), Optional.of(url), Optional.empty(), Optional.of("en")), "UTF-8", url,
                    new WebOrigin(Optional.of(url), Optional.of("2026-11-30T08:15:00Z"), OptionalInt.of(200), Optional.empty())));
            org.quotebench.core.ArticleInfo second = ((org.quotebench.store.ImportOutcome.Imported) ws.articles().importArticle(
                    new ArticleDraft(TEXT + " The talks resume on Monday.", new ArticleMetadata(Optional.of("Ferry talks resume"),
                            Optional.empty(), Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty()), "UTF-8", url,
                            new WebOrigin(Optional.of(url), Optional.of("2026-12-01T07:00:00Z"), OptionalInt.of(200), Optional.empty()))))
                    .article();
            assertThat(second.versions().version()).isEqualTo(2);
            ws.articles().editMetadata(second, new ArticleMetadata(second.metadata().title(), Optional.of("Harbour Courier"),
                    Optional.of("Ben Ode"), Optional.of(url), Optional.empty(), Optional.of("fr")));
        }
        Path out = dir.resolve("versions.jsonl");
        assertThat(CliRun.run(source, "export", "--format", "jsonl", out.toString()).exitCode()).isZero();
        Path copy = dir.resolve("versions-copy.qb");
        assertThat(CliRun.run(copy, "import-annotations", "--format", "jsonl", out.toString()).exitCode()).isZero();
        for (String id : new String[] {"1", "2"}) {
            JsonNode before = CliRun.run(source, "show", id, "--json").json();
            JsonNode after = CliRun.run(copy, "show", id, "--json").json();
            // noted in review: the two came back as two unrelated pages; they are versions of one again
            for (String field : new String[] {"title", "outlet", "author", "language", "url", "fetched_at", "version",
                    "latest_version"}) {
                assertThat(after.get(field)).as("article " + id + " " + field).isEqualTo(before.get(field));
            }
        }
        JsonNode versions = CliRun.run(copy, "versions", "1", "--json").json();
        assertThat(versions.get("versions")).extracting(v -> v.get("id").asLong()).containsExactly(1L, 2L);
    }

    @Test
    void aFetchTimeWithAnOffsetIsKeptInUtc() throws Exception {
        String line = "{\"title\": \"Ferry talks\", \"text\": \"Ferry talks. “We will not sail,” Demir said.\", \"url\": "
                + "\"https://courier.example/ferry\", \"fetched_at\": \"2026-11-30T09:15:00+01:00\", \"quotes\": []}\n";
        Path file = Files.writeString(dir.resolve("offset.jsonl"), line);
        Path workspace = dir.resolve("o.qb");
        assertThat(CliRun.run(workspace, "import-annotations", "--format", "jsonl", file.toString()).exitCode()).isZero();
        assertThat(CliRun.run(workspace, "show", "1", "--json").json().get("fetched_at").asText()).isEqualTo("2026-11-30T08:15:00Z");
    }
}
