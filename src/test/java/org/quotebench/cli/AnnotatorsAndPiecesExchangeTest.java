package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: brat gets one NAME_ANNOTATOR.ann per annotator (beside a copy of the text, so that brat
 * opens it), Label Studio one annotation per annotator ({@code completed_by}) and a quote in pieces as
 * linked regions ("continues"), doccano an annotator on each quote's entities and its pieces joined by
 * CONTINUES; importing each export gives every annotator their quotes and pieces back, and two
 * annotators who marked the same words keep a quote each.
 */
class AnnotatorsAndPiecesExchangeTest {
    static final String ARTICLE = "Ferry talks 🚢\n\nRene\u0301e Okafor spoke. “We will,” she said, “and soon.” "
            + "“Nobody waits,” said Tom Hale.\n";

    @TempDir
    Path dir;

    private static String at(String words) {
        return CodePointSpan.of(ARTICLE, words);
    }

    private static List<String> quotes(Path workspace, boolean speakers) {
        List<String> rows = new ArrayList<>();
        for (JsonNode q : CliRun.run(workspace, "quote", "list", "--json").json()) {
            rows.add(q.get("annotator").asText() + "|" + q.get("fragments") + " " + q.get("mention")
                    + (speakers ? " " + q.path("speaker").path("name").asText("-") : ""));
        }
        rows.sort(null);
        return rows;
    }

    /** The first annotator's quote in two pieces; the second's on the same first words, and another quote. */
    private Path workspaceWithTwoAnnotators(String first, String second) throws Exception {
        Path ana = dir.resolve("a.qb");
        assertThat(CliRun.run(ana, "import", Files.writeString(dir.resolve("f.txt"), ARTICLE).toString()).exitCode()).isZero();
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”"), "--speaker", "Renée Okafor",
                "--mention", at("she"), "--annotator", first);
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--speaker", "Renée Okafor", "--mention", at("she"),
                "--annotator", second);
        CliRun.run(ana, "quote", "add", "1", "--span", at("“Nobody waits,”"), "--speaker", "Tom Hale", "--mention", at("Tom Hale"),
                "--annotator", second);
        return ana;
    }

    /** Exports every quote of {@code workspace} in {@code format} to {@code name}. */
    private Path exported(Path workspace, String format, String name) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.run(workspace, "export", "--format", format, out.toString(), "--status", "any");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    /** Imports {@code from} into a new workspace {@code name}, which it returns. */
    private Path imported(String format, Path from, String name) {
        Path workspace = dir.resolve(name);
        CliRun run = CliRun.run(workspace, "import-annotations", "--format", format, from.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return workspace;
    }

    @Test
    void bratGivesEachAnnotatorAFileAndTheirQuotesBack() throws Exception {
        Path ana = workspaceWithTwoAnnotators("ana", "Ben Ode");
        Path folder = exported(ana, "brat", "brat");
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".conf")).sorted().toList();
        }
        assertThat(files).hasSize(6).anyMatch(n -> n.endsWith("_ana.ann")).anyMatch(n -> n.endsWith("_BenOde.ann"))
                .anyMatch(n -> n.endsWith("_BenOde.txt"));
        Path other = imported("brat", folder, "b.qb");
        assertThat(CliRun.run(other, "list", "--json").json()).hasSize(1);
        List<String> back = quotes(other, true);
        assertThat(back).hasSize(3);
        assertThat(back).filteredOn(r -> r.startsWith("ana|")).hasSize(1).allMatch(r -> r.contains("Renée Okafor"));
        assertThat(back).filteredOn(r -> r.startsWith("BenOde|")).hasSize(2);
        // the same words marked by both: one quote each, as before the export (the annotator as brat's file name spells it)
        assertThat(quotes(ana, true).stream().map(r -> r.substring(r.indexOf('|')))).containsExactlyInAnyOrderElementsOf(
                back.stream().map(r -> r.substring(r.indexOf('|'))).toList());
    }

    @Test
    void doccanoKeepsAnnotatorsAndPiecesButNotWhoAPronounIs() throws Exception {
        Path ana = workspaceWithTwoAnnotators("ana@example.org", "ben@example.org");
        Path out = exported(ana, "doccano", "doccano.jsonl");
        assertThat(Files.readString(out)).contains("\"CONTINUES\"", "\"annotator\":\"ben@example.org\"");
        assertThat(quotes(imported("doccano", out, "d.qb"), false)).isEqualTo(quotes(ana, false));
    }

    @Test
    void labelStudioKeepsAnnotatorsAndPieces() throws Exception {
        Path ana = workspaceWithTwoAnnotators("ana@example.org", "ben@example.org");
        Path out = exported(ana, "label-studio", "ls.json");
        JsonNode task = new ObjectMapper().readTree(Files.readString(out)).get(0);
        assertThat(task.get("annotations")).hasSize(2);
        assertThat(task.get("annotations").findValuesAsText("email")).containsExactlyInAnyOrder("ana@example.org", "ben@example.org");
        for (JsonNode annotation : task.get("annotations")) {
            if (annotation.get("completed_by").get("email").asText().startsWith("ana")) {
                assertThat(annotation.get("result").toString()).contains("\"continues\"", "\"said by\"");
            }
        }

        assertThat(quotes(imported("label-studio", out, "b.qb"), true)).isEqualTo(quotes(ana, true));
    }

    @Test
    void piecesThatAreNotAListOrContinueEachOtherInACircleAreRefusedInOneLine() throws Exception {
        String text = "Ferry talks. “We will,” she said, “and soon.”";
        int a = text.indexOf('“');
        int b = text.indexOf("”") + 1;
        int c = text.lastIndexOf('“');
        int d = text.length();
        ObjectMapper json = new ObjectMapper();
        Path jsonl = Files.writeString(dir.resolve("bad.jsonl"), json.writeValueAsString(json.createObjectNode().put("text", text)
                .set("quotes", json.createArrayNode().add(json.createObjectNode().put("start", a).put("end", d).put("kind", "direct")
                        .set("fragments", json.createObjectNode())))) + "\n");
        String regions = "{\"id\":\"x\",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\",\"value\":{\"start\":" + a
                + ",\"end\":" + b + ",\"labels\":[\"Quote\"]}},{\"id\":\"y\",\"from_name\":\"label\",\"to_name\":\"text\","
                + "\"type\":\"labels\",\"value\":{\"start\":" + c + ",\"end\":" + d + ",\"labels\":[\"Quote\"]}},"
                + "{\"from_id\":\"x\",\"to_id\":\"y\",\"type\":\"relation\",\"labels\":[\"continues\"]},"
                + "{\"from_id\":\"y\",\"to_id\":\"x\",\"type\":\"relation\",\"labels\":[\"continues\"]}";
        Path labelStudio = Files.writeString(dir.resolve("circle.json"), "[{\"data\":{\"text\":" + json.writeValueAsString(text)
                + "},\"annotations\":[{\"result\":[" + regions + "]}]}]");
        Path doccano = Files.writeString(dir.resolve("circle.jsonl"), "{\"text\":" + json.writeValueAsString(text) + ",\"entities\":["
                + "{\"id\":1,\"label\":\"DIRECT\",\"start_offset\":" + a + ",\"end_offset\":" + b + "},"
                + "{\"id\":2,\"label\":\"DIRECT\",\"start_offset\":" + c + ",\"end_offset\":" + d + "}],\"relations\":["
                + "{\"id\":1,\"from_id\":1,\"to_id\":2,\"type\":\"CONTINUES\"},{\"id\":2,\"from_id\":2,\"to_id\":1,\"type\":\"CONTINUES\"}]}\n");
        Path workspace = dir.resolve("w.qb");
        for (String[] input : new String[][] {{"jsonl", jsonl.toString(), "should be a list"},
            {"label-studio", labelStudio.toString(), "in a circle"}, {"doccano", doccano.toString(), "in a circle"}}) {
            CliRun run = CliRun.run(workspace, "import-annotations", "--format", input[0], input[1]);
            assertThat(run.exitCode()).as(input[0]).isEqualTo(2);
            assertThat(run.err().strip()).as(input[0]).startsWith(input[1] + ":").contains(input[2]).doesNotContain("\n");
        }
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json()).isEmpty();
    }
}
