package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19.3-4: a bundle's UUIDs are checked against what they name here, and speaker and event fields are merged, not dropped. */
class BundleTrustTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Path ana;

    @BeforeEach
    void anasWorkspace() throws Exception {
        ana = BundleTest.anasWorkspace(dir);
    }

    @Test
    void anArticleUuidWhoseTextDiffersHereRefusesTheWholeBundle() throws Exception {
        Path bundle = edited(ana, lines -> lines.get(0).put("text", lines.get(0).get("text").asText() + " The talks resume on Monday."));
        assertRefused(bundle, "is article 1 here, with a different text");
    }

    @Test
    void aQuoteUuidOfAnotherArticleHereRefusesTheWholeBundle() throws Exception {
        String anasQuote = CliRun.run(ana, "quote", "list", "--json").json().get(0).get("uuid").asText();
        Path ben = dir.resolve("ben.qb");
        Path other = Files.writeString(dir.resolve("other.txt"), "Quay news\n\n“The quay stays open,” the harbour master said.");
        assertThat(CliRun.run(ben, "import", other.toString(), "--suggest").exitCode()).isZero();
        Path bundle = edited(ben, lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("uuid", anasQuote));
        assertRefused(bundle, "its quote " + anasQuote + " is a quote of article 1 here");
    }

    @Test
    void aUuidRepeatedInsideTheBundleRefusesIt() throws Exception {
        Path bundle = edited(ana, lines -> {
            ArrayNode quotes = (ArrayNode) lines.get(0).get("quotes");
            ((ObjectNode) quotes.get(1)).put("uuid", quotes.get(0).get("uuid").asText());
        });
        assertRefused(bundle, "repeats the quote UUID");
    }

    @Test
    void aSpeakerUuidWithAnotherNameRefusesTheBundle() throws Exception {
        Path bundle = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("name", "Someone Else");
            }
        }));
        assertRefused(bundle, "but that speaker is");
    }

    @Test
    void aSpeakerMatchedByNameGainsTheBundlesWikidataIdAndAliasesAndAnEventItsDates() throws Exception {
        String speaker = speakerOfFirstQuote(ana);
        Path ben = dir.resolve("ben.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), AnnotationRoundTripTest.ARTICLE);
        assertThat(CliRun.run(ben, "import", file.toString(), "--suggest").exitCode()).isZero();
        assertThat(CliRun.run(ben, "speaker", "edit", speaker, "--wikidata", "Q42", "--alias", "Y. Demir").exitCode()).isZero();
        assertThat(CliRun.run(ben, "event", "add", "Ferry strike", "--starts", "2026-02-14", "--place", "Port Alder").exitCode()).isZero();
        assertThat(CliRun.run(ben, "event", "link", "Ferry strike", "1").exitCode()).isZero();
        assertThat(CliRun.run(ben, "export", "--format", "bundle", dir.resolve("ben.qbz").toString()).exitCode()).isZero();

        CliRun merged = CliRun.run(ana, "import-annotations", "--format", "bundle", dir.resolve("ben.qbz").toString(), "--json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        JsonNode mine = CliRun.run(ana, "speaker", "list", "--json").json().findParents("name").stream()
                .filter(s -> s.get("name").asText().equals(speaker)).findFirst().orElseThrow();
        assertThat(mine.get("wikidata").asText()).isEqualTo("Q42");
        assertThat(mine.get("aliases").toString()).contains("Y. Demir");
        JsonNode strike = CliRun.run(ana, "event", "list", "--json").json().findParents("name").stream()
                .filter(e -> e.get("name").asText().equals("Ferry strike")).findFirst().orElseThrow();
        assertThat(strike.get("starts_on").asText()).isEqualTo("2026-02-14");
        assertThat(strike.get("place").asText()).isEqualTo("Port Alder");
        assertThat(merged.json().get("conflicts").findValuesAsText("speaker_uuid")).as("filling what is empty is no conflict").isEmpty();
        assertThat(merged.json().get("conflicts").findValuesAsText("event_uuid")).isEmpty();
    }

    @Test
    void aNewerEditOfTheSameSpeakerIsAppliedAndTheConflictReported() throws Exception {
        String speaker = speakerOfFirstQuote(ana);
        assertThat(CliRun.run(ana, "speaker", "edit", speaker, "--wikidata", "Q1").exitCode()).isZero();
        // Ben got Ana's bundle and corrected the Wikidata id later (a time after anything Ana did).
        Path bundle = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("wikidata", "Q2").put("updated_at", "2999-01-01T00:00:00Z");
            }
        }));
        CliRun merged = CliRun.run(ana, "import-annotations", "--format", "bundle", bundle.toString(), "--json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(CliRun.run(ana, "speaker", "list", "--json").json().toString()).contains("\"Q2\"").doesNotContain("\"Q1\"");
        JsonNode conflicts = merged.json().get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).has("speaker_uuid")).isTrue();
        assertThat(conflicts.get(0).get("kept").asText()).isEqualTo("theirs (newer)");

        // An older edit of theirs loses, and is still reported.
        Path older = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("wikidata", "Q3").put("updated_at", "2001-01-01T00:00:00Z");
            }
        }));
        CliRun again = CliRun.run(ana, "import-annotations", "--format", "bundle", older.toString(), "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(CliRun.run(ana, "speaker", "list", "--json").json().toString()).contains("\"Q2\"").doesNotContain("\"Q3\"");
        assertThat(again.json().get("conflicts")).hasSize(1);
        assertThat(again.json().get("conflicts").get(0).get("kept").asText()).isEqualTo("ours (newer)");
    }

    /** Filling an empty field edits nothing: it must not make this side's older fields win over a later edit of theirs. */
    @Test
    void aFillDoesNotMakeStaleFieldsLookNewer() throws Exception {
        Path cleo = dir.resolve("cleo.qb");
        Path first = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("updated_at", "2010-01-01T00:00:00Z");
            }
        }));
        assertThat(CliRun.run(cleo, "import-annotations", "--format", "bundle", first.toString()).exitCode()).isZero();
        Path fill = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("wikidata", "Q42").put("updated_at", "2005-01-01T00:00:00Z");
            }
        }));
        CliRun filled = CliRun.run(cleo, "import-annotations", "--format", "bundle", fill.toString(), "--json");
        assertThat(filled.json().get("conflicts").findValuesAsText("speaker_uuid")).isEmpty();
        Path later = edited(ana, lines -> lines.get(0).get("quotes").forEach(q -> {
            if (q.get("speaker").isObject()) {
                ((ObjectNode) q.get("speaker")).put("wikidata", "Q42").put("role", "union chief").put("updated_at", "2015-01-01T00:00:00Z");
            }
        }));
        CliRun merged = CliRun.run(cleo, "import-annotations", "--format", "bundle", later.toString(), "--json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(CliRun.run(cleo, "speaker", "list", "--json").json().toString()).contains("union chief").contains("Q42");
        assertThat(merged.json().get("conflicts").findValues("kept").toString()).contains("theirs (newer)");
    }

    @Test
    void identitiesAndTimesMustBeRealOnes() throws Exception {
        for (Consumer<List<ObjectNode>> breakage : List.<Consumer<List<ObjectNode>>>of(
                lines -> lines.get(0).put("uuid", ""),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("uuid", "x"),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("updated_at", "9999"))) {
            Path bundle = edited(ana, breakage);
            CliRun run = CliRun.run(ana, "import-annotations", "--format", "bundle", bundle.toString());
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err().strip()).startsWith(bundle + ":quotes.jsonl:1: ").doesNotContain("\n");
        }
    }

    @Test
    void twoQuotesOnOneSpanWithDifferentVerdictsAreOneQuoteAndAReportedConflict() throws Exception {
        Path ben = dir.resolve("ben.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), AnnotationRoundTripTest.ARTICLE);
        assertThat(CliRun.run(ben, "import", file.toString(), "--suggest").exitCode()).isZero();
        JsonNode bens = CliRun.run(ben, "quote", "list", "--json").json().get(0);
        assertThat(CliRun.run(ben, "quote", "edit", bens.get("id").asText(), "--verdict", "misquoted").exitCode()).isZero();
        assertThat(CliRun.run(ben, "export", "--format", "bundle", dir.resolve("ben.qbz").toString()).exitCode()).isZero();
        int before = CliRun.run(ana, "quote", "list", "--json").json().size();

        CliRun merged = CliRun.run(ana, "import-annotations", "--format", "bundle", dir.resolve("ben.qbz").toString(), "--json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        List<JsonNode> onThatSpan = new ArrayList<>();
        CliRun.run(ana, "quote", "list", "--json").json().forEach(q -> {
            if (q.get("start").equals(bens.get("start")) && q.get("end").equals(bens.get("end"))) {
                onThatSpan.add(q);
            }
        });
        assertThat(onThatSpan).hasSize(1);
        assertThat(CliRun.run(ana, "quote", "list", "--json").json()).hasSize(before);
        List<String> bensUuids = new ArrayList<>();
        CliRun.run(ben, "quote", "list", "--json").json().forEach(q -> bensUuids.add(q.get("uuid").asText()));
        // Each of Ben's quotes met Ana's on the same span, edited differently on both sides: one conflict each, no more.
        assertThat(merged.json().get("conflicts").findValuesAsText("quote_uuid")).containsExactlyInAnyOrderElementsOf(bensUuids);
    }

    @Test
    void aBundleWithWronglyTypedFieldsIsRefusedNamingItsLine() throws Exception {
        List<Consumer<List<ObjectNode>>> breakages = List.of(
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("start", 4294967373L),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("end", "12"),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).remove("kind"),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).put("verdict", "true-ish"),
                lines -> lines.get(0).putObject("quotes"),
                lines -> lines.get(0).put("text", "Ferry talks\u0000"),
                lines -> lines.get(0).get("quotes").forEach(q -> ((ObjectNode) q).putObject("speaker").put("uuid", "x").put("name", 7)),
                lines -> ((ObjectNode) lines.get(0).get("quotes").get(0)).putObject("fragments"),
                lines -> pieces((ObjectNode) lines.get(0).get("quotes").get(0), 0, 3, 2, 0), // the second overlaps the first
                lines -> pieces((ObjectNode) lines.get(0).get("quotes").get(0), 1, 3, 5, 0), // not from the quote's start
                lines -> pieces((ObjectNode) lines.get(0).get("quotes").get(0), 0, 3, 5, 1)); // nor to its end
        for (Consumer<List<ObjectNode>> breakage : breakages) {
            Path bundle = edited(ana, breakage);
            String before = CliRun.run(ana, "quote", "list", "--json").out();
            CliRun run = CliRun.run(ana, "import-annotations", "--format", "bundle", bundle.toString());
            assertThat(run.exitCode()).as(run.out()).isNotZero();
            assertThat(run.err().strip()).as(run.err()).startsWith(bundle + ":quotes.jsonl:1").doesNotContain("\n").doesNotContain("Exception");
            assertThat(CliRun.run(ana, "quote", "list", "--json").out()).isEqualTo(before);
        }
    }

    /** Gives a quote two pieces: [start + a, start + b) and [start + c, end - d), text left out. */
    private static void pieces(ObjectNode quote, int a, int b, int c, int d) {
        int start = quote.get("start").asInt();
        int end = quote.get("end").asInt();
        com.fasterxml.jackson.databind.node.ArrayNode list = quote.putArray("fragments");
        list.addObject().put("start", start + a).put("end", start + b);
        list.addObject().put("start", start + c).put("end", end - d);
    }

    private String speakerOfFirstQuote(Path workspace) {
        for (JsonNode q : CliRun.run(workspace, "quote", "list", "--json").json()) {
            if (q.get("speaker").isObject()) {
                return q.get("speaker").get("name").asText();
            }
        }
        throw new AssertionError("no quote with a speaker");
    }

    private void assertRefused(Path bundle, String reason) {
        String before = CliRun.run(ana, "quote", "list", "--json").out() + CliRun.run(ana, "speaker", "list", "--json").out();
        CliRun run = CliRun.run(ana, "import-annotations", "--format", "bundle", bundle.toString());
        assertThat(run.exitCode()).as(run.out()).isNotZero();
        assertThat(run.err().strip()).startsWith(bundle + ":").contains("refused, ").contains(reason).endsWith("Nothing was merged.");
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(CliRun.run(ana, "quote", "list", "--json").out() + CliRun.run(ana, "speaker", "list", "--json").out()).isEqualTo(before);
        assertThat(CliRun.run(ana, "check").exitCode()).isZero();
    }

    /** Exports a bundle of {@code from} and rewrites its lines as {@code change} says. */
    private Path edited(Path from, Consumer<List<ObjectNode>> change) throws Exception {
        Path original = dir.resolve("original-" + System.nanoTime() + ".qbz");
        assertThat(CliRun.run(from, "export", "--format", "bundle", original.toString()).exitCode()).isZero();
        String manifest = null;
        List<ObjectNode> lines = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(original))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("manifest.json")) {
                    manifest = content;
                } else {
                    for (String line : content.split("\n")) {
                        if (!line.isBlank()) {
                            lines.add((ObjectNode) JSON.readTree(line));
                        }
                    }
                }
            }
        }
        change.accept(lines);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        for (ObjectNode line : lines) {
            jsonl.write((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path bundle = dir.resolve("edited-" + System.nanoTime() + ".qbz");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("quotes.jsonl"));
            zip.write(jsonl.toByteArray());
        }
        return bundle;
    }
}
