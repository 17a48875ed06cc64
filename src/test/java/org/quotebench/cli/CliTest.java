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

class CliTest {
    // Fictional. An emoji and a combining accent come before the quote, which ends the text.
    static final String ARTICLE = "Harbour bridge to open in May\n\n😀 Rene\u0301e Okafor said: «The bridge opens in May.»";

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void setUp() {
        workspace = dir.resolve("news.qb");
    }

    private long importArticle(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        CliRun run = CliRun.run(workspace, "import", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json().get("imported").get(0).get("id").asLong();
    }

    @Test
    void importListShowInTheContractShapes() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        JsonNode list = CliRun.run(workspace, "list", "--json").json();
        assertThat(list).hasSize(1);
        JsonNode article = list.get(0);
        for (String field : new String[] {"id", "uuid", "title", "outlet", "author", "url", "published_on", "language",
                "encoding", "source_name", "length"}) {
            assertThat(article.has(field)).as(field).isTrue();
        }
        assertThat(article.has("text")).isFalse();
        assertThat(article.get("title").asText()).isEqualTo("Harbour bridge to open in May");
        assertThat(article.get("length").asInt()).isEqualTo(ARTICLE.codePointCount(0, ARTICLE.length()));
        assertThat(article.get("source_name").asText()).isEqualTo("bridge.txt");
        JsonNode shown = CliRun.run(workspace, "show", Long.toString(id), "--json").json();
        assertThat(shown.get("text").asText()).isEqualTo(ARTICLE);
        assertThat(shown.get("quotes")).isEmpty();
    }

    @Test
    void quoteOffsetsAreCodePointsInAndOut() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        int javaStart = ARTICLE.indexOf('«');
        int start = ARTICLE.codePointCount(0, javaStart);
        int end = ARTICLE.codePointCount(0, ARTICLE.length());
        int mentionStart = ARTICLE.codePointCount(0, ARTICLE.indexOf("Rene"));
        CliRun add = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", Integer.toString(start),
                "--end", Integer.toString(end), "--speaker", "Renée Okafor", "--event", "Bridge opening",
                "--mention", mentionStart + ":" + (mentionStart + 13), "--verdict", "accurate", "--note", "from the council", "--json");
        assertThat(add.exitCode()).as(add.err()).isZero();
        JsonNode quote = add.json();
        assertThat(quote.get("start").asInt()).isEqualTo(start);
        assertThat(quote.get("end").asInt()).isEqualTo(end);
        assertThat(quote.get("text").asText()).isEqualTo("«The bridge opens in May.»");
        assertThat(quote.get("kind").asText()).isEqualTo("direct");
        assertThat(quote.get("status").asText()).isEqualTo("accepted");
        assertThat(quote.get("verdict").asText()).isEqualTo("accurate");
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Renée Okafor");
        assertThat(quote.get("mention").get("start").asInt()).isEqualTo(mentionStart);
        assertThat(quote.get("cue").isNull()).isTrue();
        assertThat(quote.get("events").get(0).get("name").asText()).isEqualTo("Bridge opening");
        for (String field : new String[] {"id", "uuid", "article_id", "note"}) {
            assertThat(quote.has(field)).as(field).isTrue();
        }
        // Python-style slicing of the text by the printed offsets gives the quote back.
        String text = CliRun.run(workspace, "show", Long.toString(id), "--json").json().get("text").asText();
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, start, end - start)).isEqualTo(quote.get("text").asText());
    }

    @Test
    void aQuoteWithTheWrongTextIsRefusedWithOneLineAndNothingStored() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        CliRun add = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", "0", "--end", "7",
                "--text", "Nothing", "--speaker", "Someone New");
        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err().strip()).contains("does not match").doesNotContain("\n").doesNotContain("Exception");
        assertThat(CliRun.run(workspace, "speaker", "list", "--json").json()).isEmpty();
        CliRun pastEnd = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", "0", "--end", "9999");
        assertThat(pastEnd.exitCode()).isEqualTo(1);
        assertThat(pastEnd.err()).contains("past the end");
    }

    @Test
    void quotesAreListedEditedAndDeleted() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        String quoteId = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", "0", "--end", "7",
                "--status", "suggested", "--speaker", "Tom Hale", "--json").json().get("id").asText();
        CliRun.run(workspace, "speaker", "alias", "Tom Hale", "Hale");
        assertThat(CliRun.run(workspace, "quote", "list", "--speaker", "hale", "--json").json()).hasSize(1);
        CliRun typo = CliRun.run(workspace, "quote", "list", "--speaker", "Tom Hal", "--json");
        assertThat(typo.json()).isEmpty();
        assertThat(typo.err()).contains("did you mean 'Tom Hale'?");
        assertThat(CliRun.run(workspace, "speaker", "alias", "Tim Hale", "T. Hale").err()).contains("did you mean 'Tom Hale'?");
        assertThat(CliRun.run(workspace, "quote", "list", "--article", Long.toString(id), "--status", "suggested", "--json")
                .json()).hasSize(1);
        JsonNode edited = CliRun.run(workspace, "quote", "edit", quoteId, "--status", "accepted", "--kind", "indirect",
                "--event", "Bridge opening", "--json").json();
        assertThat(edited.get("status").asText()).isEqualTo("accepted");
        assertThat(edited.get("kind").asText()).isEqualTo("indirect");
        assertThat(edited.get("speaker").get("name").asText()).isEqualTo("Tom Hale");
        assertThat(CliRun.run(workspace, "quote", "list", "--event", "Bridge opening", "--json").json()).hasSize(1);
        assertThat(CliRun.run(workspace, "quote", "delete", quoteId, "--json").json().get("deleted").asText()).isEqualTo(quoteId);
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json()).isEmpty();
        CliRun missing = CliRun.run(workspace, "quote", "delete", quoteId);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("No quote with id " + quoteId);
    }

    @Test
    void speakersAndEvents() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        JsonNode speaker = CliRun.run(workspace, "speaker", "add", "Renée Okafor", "--kind", "person", "--role", "Mayor",
                "--affiliation", "Harbour Council", "--wikidata", "Q4242", "--json").json();
        for (String field : new String[] {"id", "uuid", "name", "kind", "role", "affiliation", "wikidata", "aliases"}) {
            assertThat(speaker.has(field)).as(field).isTrue();
        }
        assertThat(speaker.get("wikidata").asText()).isEqualTo("Q4242");
        CliRun.run(workspace, "speaker", "add", "R. Okafor");
        JsonNode merged = CliRun.run(workspace, "speaker", "merge", "Renée Okafor", "R. Okafor", "--json").json();
        assertThat(merged.get("aliases").get(0).asText()).isEqualTo("R. Okafor");
        assertThat(CliRun.run(workspace, "speaker", "list", "--json").json()).hasSize(1);
        CliRun badQ = CliRun.run(workspace, "speaker", "add", "Tom Hale", "--wikidata", "42");
        assertThat(badQ.exitCode()).isEqualTo(1);
        assertThat(badQ.err()).contains("not a Wikidata id");

        JsonNode event = CliRun.run(workspace, "event", "add", "Bridge opening", "--starts", "2026-05-01", "--ends", "2026-05-02",
                "--place", "Harbour", "--json").json();
        for (String field : new String[] {"id", "uuid", "name", "starts_on", "ends_on", "place"}) {
            assertThat(event.has(field)).as(field).isTrue();
        }
        JsonNode linked = CliRun.run(workspace, "event", "link", "Bridge opening", Long.toString(id), "--json").json();
        assertThat(linked.get("id").asLong()).isEqualTo(event.get("id").asLong());
        assertThat(CliRun.run(workspace, "event", "list", "--json").json()).hasSize(1);
        assertThat(CliRun.run(workspace, "event", "add", "Late", "--starts", "2026-05-02", "--ends", "2026-05-01").err())
                .contains("before it starts");
    }

    @Test
    void searchGivesIdsTitlesSnippetsAndRanks() throws IOException {
        importArticle("bridge.txt", ARTICLE);
        importArticle("ferry.txt", "Ferry crews strike\n\nThe ferry will not sail, the union said.");
        JsonNode hits = CliRun.run(workspace, "search", "ferry", "--json").json();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Ferry crews strike");
        assertThat(hits.get(0).get("snippet").asText()).contains("<mark>");
        assertThat(hits.get(0).has("article_id")).isTrue();
        assertThat(hits.get(0).has("rank")).isTrue();
        CliRun bad = CliRun.run(workspace, "search", "don't");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("not valid");
    }

    @Test
    void mistypedCommandsAndOptionsGetOneLineWithTheNearestName() {
        CliRun command = CliRun.run(workspace, "imprt", "x.txt");
        assertThat(command.exitCode()).isEqualTo(1);
        assertThat(command.err().strip()).contains("'imprt'").contains("import").doesNotContain("\n");
        CliRun option = CliRun.run(workspace, "list", "--jsn");
        assertThat(option.err().strip()).contains("--jsn").contains("--json").doesNotContain("\n");
    }

    @Test
    void commonOptionsWorkOnGroupsAndHelpIsACommand() throws IOException {
        importArticle("bridge.txt", ARTICLE);
        CliRun run = CliRun.run(null, "quote", "-w", workspace.toString(), "--json", "list");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json()).isEmpty();
        CliRun help = CliRun.run(null, "help", "import");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: quotebench import");
    }

    @Test
    void everySearchSyntaxProblemIsOneClearLine() throws IOException {
        importArticle("bridge.txt", ARTICLE);
        for (String query : new String[] {"bridge\"", "*", "foo:bar", "don't"}) {
            CliRun bad = CliRun.run(workspace, "search", query);
            assertThat(bad.exitCode()).as(query).isEqualTo(1);
            assertThat(bad.err().strip()).as(query).contains("is not valid").doesNotContain("SQL error").doesNotContain("\n");
        }
    }

    @Test
    void aNewSpeakerIsAnnouncedAndAnAliasCannotNameTwoSpeakers() throws IOException {
        long id = importArticle("bridge.txt", ARTICLE);
        CliRun add = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", "0", "--end", "7", "--speaker", "Tom Hale");
        assertThat(add.err()).contains("Created speaker").contains("Tom Hale");
        CliRun again = CliRun.run(workspace, "quote", "add", Long.toString(id), "--start", "0", "--end", "7", "--speaker", "tom hale");
        assertThat(again.err()).doesNotContain("Created speaker");
        CliRun clash = CliRun.run(workspace, "speaker", "add", "Ana Pereira", "--alias", "Tom Hale");
        assertThat(clash.exitCode()).isEqualTo(1);
        assertThat(clash.err()).contains("already names speaker");
        assertThat(CliRun.run(workspace, "speaker", "list", "--json").json()).hasSize(1);
    }

    @Test
    void everyCommandHasHelp() {
        String[][] commands = {{"import"}, {"list"}, {"show"}, {"search"}, {"quote"}, {"quote", "add"}, {"quote", "list"},
                {"quote", "edit"}, {"quote", "delete"}, {"speaker"}, {"speaker", "add"}, {"speaker", "list"},
                {"speaker", "alias"}, {"speaker", "merge"}, {"speaker", "edit"}, {"speaker", "delete"}, {"event"}, {"event", "add"},
                {"event", "list"}, {"event", "link"}, {"event", "edit"}, {"event", "unlink"}, {"backup"}, {"restore"}, {"check"}};
        for (String[] command : commands) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = CliRun.run(null, args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).as(String.join(" ", command)).contains("Usage: quotebench " + String.join(" ", command));
        }
    }

    @Test
    void aWorkspaceThatIsNotOursIsReportedAndUnchanged() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.qb"), "shopping list");
        CliRun run = CliRun.run(notes, "list");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).contains("notes.qb").contains("not a Quotebench workspace").doesNotContain("\n");
        assertThat(Files.readString(notes)).isEqualTo("shopping list");
    }

    @Test
    void unknownIdsAreUserErrors() {
        CliRun run = CliRun.run(workspace, "show", "abc");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'abc' is not an article id");
        assertThat(CliRun.run(workspace, "show", "7").err()).contains("No article with id 7");
    }
}
