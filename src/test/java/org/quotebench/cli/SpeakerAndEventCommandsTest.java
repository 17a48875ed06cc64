package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** speaker edit / delete and event edit / unlink, as other tools call them. */
class SpeakerAndEventCommandsTest {
    @TempDir
    Path dir;
    Path workspace;
    long article;

    @BeforeEach
    void setUp() throws IOException {
        workspace = dir.resolve("news.qb");
        Path file = Files.writeString(dir.resolve("bridge.txt"), CliTest.ARTICLE, StandardCharsets.UTF_8);
        article = CliRun.run(workspace, "import", file.toString(), "--json").json().get("imported").get(0).get("id").asLong();
    }

    @Test
    void speakerEditChangesOnlyWhatIsGiven() {
        CliRun.run(workspace, "speaker", "add", "Renée Okafor", "--role", "mayor", "--alias", "Okafor");
        JsonNode changed = CliRun.run(workspace, "speaker", "edit", "Okafor", "--affiliation", "Harbour Council",
                "--wikidata", "Q77", "--json").json();
        assertThat(changed.get("role").asText()).isEqualTo("mayor");
        assertThat(changed.get("affiliation").asText()).isEqualTo("Harbour Council");
        assertThat(changed.get("wikidata").asText()).isEqualTo("Q77");
        assertThat(changed.get("aliases").get(0).asText()).isEqualTo("Okafor");
        JsonNode cleared = CliRun.run(workspace, "speaker", "edit", "Okafor", "--role", "", "--json").json();
        assertThat(cleared.get("role").isNull()).isTrue();
        CliRun bad = CliRun.run(workspace, "speaker", "edit", "Okafor", "--wikidata", "X1");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("not a Wikidata id").doesNotContain("Exception");
    }

    @Test
    void aSpeakerWithQuotesIsDeletedOnlyWithForce() {
        int start = CliTest.ARTICLE.codePointCount(0, CliTest.ARTICLE.indexOf('«'));
        int end = CliTest.ARTICLE.codePointCount(0, CliTest.ARTICLE.length());
        CliRun.run(workspace, "quote", "add", Long.toString(article), "--start", Integer.toString(start), "--end",
                Integer.toString(end), "--speaker", "Renée Okafor");
        assertThat(CliRun.run(workspace, "speaker", "list", "--json").json().get(0).get("quotes").asInt()).isEqualTo(1);
        assertThat(CliRun.run(workspace, "list", "--speaker", "Renée Okafor", "--json").json()).hasSize(1);
        assertThat(CliRun.run(workspace, "list", "--speaker", "Tom Hale").err()).contains("Tom Hale");
        CliRun refused = CliRun.run(workspace, "speaker", "delete", "Renée Okafor");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("has 1 quote;").contains("--force");
        assertThat(CliRun.run(workspace, "speaker", "list", "--json").json()).hasSize(1);
        JsonNode deleted = CliRun.run(workspace, "speaker", "delete", "Renée Okafor", "--force", "--json").json();
        assertThat(deleted.get("quotes_without_speaker").asInt()).isEqualTo(1);
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json().get(0).get("speaker").isNull()).isTrue();
    }

    @Test
    void eventEditAndUnlink() {
        CliRun.run(workspace, "event", "add", "Bridge opening");
        CliRun.run(workspace, "event", "link", "Bridge opening", Long.toString(article));
        assertThat(CliRun.run(workspace, "list", "--event", "Bridge opening", "--json").json()).hasSize(1);
        assertThat(CliRun.run(workspace, "list", "--event", "Bridge opening", "--outlet", "The Gazette", "--json").json()).isEmpty();
        // The article's events travel with it in show --json and in the JSONL export.
        assertThat(CliRun.run(workspace, "show", Long.toString(article), "--json").json().get("events").get(0).get("name").asText())
                .isEqualTo("Bridge opening");
        JsonNode changed = CliRun.run(workspace, "event", "edit", "Bridge opening", "--place", "Harbour", "--starts", "2026-05-01",
                "--json").json();
        assertThat(changed.get("place").asText()).isEqualTo("Harbour");
        assertThat(changed.get("starts_on").asText()).isEqualTo("2026-05-01");
        CliRun backwards = CliRun.run(workspace, "event", "edit", "Bridge opening", "--ends", "2026-04-01");
        assertThat(backwards.err()).contains("before it starts");
        CliRun.run(workspace, "event", "unlink", "Bridge opening", Long.toString(article));
        assertThat(CliRun.run(workspace, "show", Long.toString(article), "--json").json().get("events")).isEmpty();
        assertThat(CliRun.run(workspace, "list", "--event", "Bridge opening", "--json").json()).isEmpty();
        CliRun unknown = CliRun.run(workspace, "event", "edit", "Ferry strike", "--place", "Quay");
        assertThat(unknown.err()).contains("No event named 'Ferry strike'");
        assertThat(CliRun.run(workspace, "event", "list", "--json").json()).hasSize(1);
    }
}
