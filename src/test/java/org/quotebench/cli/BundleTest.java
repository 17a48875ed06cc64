package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles: hand a workspace over, merge it back after both sides worked on it, and refuse hostile archives. */
class BundleTest {
    @TempDir
    Path dir;
    private Path ana;

    @BeforeEach
    void anasWorkspace() throws Exception {
        ana = anasWorkspace(dir);
    }

    /** Ana's workspace: the ferry article, its suggestions accepted and about the ferry strike, the article about the harbour closure. */
    static Path anasWorkspace(Path dir) throws Exception {
        Path ana = dir.resolve("ana.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), AnnotationRoundTripTest.ARTICLE);
        assertThat(CliRun.run(ana, "import", file.toString(), "--suggest").exitCode()).isZero();
        for (JsonNode quote : CliRun.run(ana, "quote", "list", "--json").json()) {
            CliRun.run(ana, "quote", "edit", quote.get("id").asText(), "--status", "accepted", "--event", "Ferry strike");
        }
        CliRun.run(ana, "event", "link", "Harbour closure", "1");
        return ana;
    }

    private static List<String> identities(Path workspace) {
        List<String> rows = new ArrayList<>();
        for (JsonNode q : CliRun.run(workspace, "quote", "list", "--json").json()) {
            rows.add(q.get("uuid").asText() + " " + q.get("start") + "-" + q.get("end") + " " + q.get("status").asText() + " "
                    + q.get("verdict").asText() + " " + q.path("speaker").path("uuid").asText("-") + " "
                    + q.get("events").findValuesAsText("uuid") + " " + q.get("updated_at").asText());
        }
        return rows;
    }

    private CliRun bundle(Path from, String name) {
        CliRun run = CliRun.run(from, "export", "--format", "bundle", dir.resolve(name).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aBundleBringsEverythingOverUnderTheSameIdentities() {
        bundle(ana, "ana.qbz");
        Path ben = dir.resolve("ben.qb");
        CliRun run = CliRun.run(ben, "import-annotations", "--format", "bundle", dir.resolve("ana.qbz").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("articles_added").asInt()).isEqualTo(1);
        assertThat(identities(ben)).isEqualTo(identities(ana));
        // The event the article covers comes along too.
        assertThat(CliRun.run(ben, "show", "1", "--json").json().get("events").findValuesAsText("name")).containsExactly("Harbour closure");
        // Merging the same bundle again changes nothing.
        CliRun again = CliRun.run(ben, "import-annotations", "--format", "bundle", dir.resolve("ana.qbz").toString(), "--json");
        assertThat(again.json().get("quotes").asInt()).isZero();
        assertThat(again.json().get("merged").asInt()).isEqualTo(identities(ana).size());
        assertThat(again.json().get("conflicts")).isEmpty();
    }

    @Test
    void editsOnBothSidesAreResolvedNewestWinsAndTheLoserIsListed() throws Exception {
        bundle(ana, "ana.qbz");
        Path ben = dir.resolve("ben.qb");
        assertThat(CliRun.run(ben, "import-annotations", "--format", "bundle", dir.resolve("ana.qbz").toString()).exitCode()).isZero();
        JsonNode quotes = CliRun.run(ana, "quote", "list", "--json").json();
        String first = quotes.get(0).get("id").asText();
        String second = quotes.get(1).get("id").asText();
        // Ben changes the first quote, then Ana changes it later; Ana changes the second, then Ben later.
        CliRun.run(ben, "quote", "edit", first, "--verdict", "misquoted");
        Thread.sleep(5);
        CliRun.run(ana, "quote", "edit", first, "--verdict", "accurate");
        CliRun.run(ana, "quote", "edit", second, "--verdict", "fabricated");
        Thread.sleep(5);
        CliRun.run(ben, "quote", "edit", second, "--verdict", "unverifiable");
        bundle(ana, "ana-2.qbz");
        CliRun merge = CliRun.run(ben, "import-annotations", "--format", "bundle", dir.resolve("ana-2.qbz").toString(), "--json");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        JsonNode conflicts = merge.json().get("conflicts");
        assertThat(conflicts).hasSize(2);
        JsonNode benQuotes = CliRun.run(ben, "quote", "list", "--json").json();
        assertThat(benQuotes.get(0).get("verdict").asText()).isEqualTo("accurate"); // Ana's was newer
        assertThat(benQuotes.get(1).get("verdict").asText()).isEqualTo("unverifiable"); // Ben's was newer
        List<String> lost = new ArrayList<>();
        conflicts.forEach(c -> lost.add(c.get("kept").asText() + ": ours " + c.get("ours").get("verdict").asText() + ", theirs "
                + c.get("theirs").get("verdict").asText()));
        assertThat(lost).containsExactlyInAnyOrder("theirs (newer): ours misquoted, theirs accurate",
                "ours (newer): ours unverifiable, theirs fabricated");
        // Both versions are also kept in a report beside the workspace.
        Path report = Path.of(merge.json().get("merge_report").asText());
        assertThat(report.getParent()).isEqualTo(ben.toAbsolutePath().getParent());
        JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertThat(written.get("conflicts")).hasSize(2);
    }

    @Test
    void hostileOrBrokenArchivesAreRefusedAndNothingIsStored() throws Exception {
        Path ben = dir.resolve("ben.qb");
        Path evil = zip("evil.qbz", "../outside.txt", "x".getBytes(StandardCharsets.UTF_8));
        Path bomb = zip("bomb.qbz", "quotes.jsonl", new byte[20 << 20]); // 20 MB of zeros: a few KB compressed
        Path notZip = Files.writeString(dir.resolve("plain.qbz"), "not a zip");
        Path noManifest = zip("empty.qbz", "quotes.jsonl", "{}".getBytes(StandardCharsets.UTF_8));
        assertRefused(ben, evil, "points outside the bundle");
        assertRefused(ben, bomb, "zip bomb");
        assertRefused(ben, notZip, "not a zip file");
        assertRefused(ben, noManifest, "no manifest.json");
        assertThat(CliRun.run(ben, "list", "--json").json()).isEmpty();
    }

    private void assertRefused(Path workspace, Path bundle, String reason) {
        CliRun run = CliRun.run(workspace, "import-annotations", "--format", "bundle", bundle.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith(bundle.toString()) && l.contains(reason));
    }

    private Path zip(String name, String entry, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }
}
