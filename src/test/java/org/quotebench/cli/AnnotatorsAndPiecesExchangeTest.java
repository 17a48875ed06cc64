package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: Label Studio gets one annotation per annotator ({@code completed_by}) and a quote in pieces
 * as linked regions ("continues"), doccano an annotator on each quote's entities and its pieces joined by
 * CONTINUES; importing either export gives every annotator their quotes and pieces back.
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

    private Path workspaceWithTwoAnnotators() throws Exception {
        Path ana = dir.resolve("a.qb");
        assertThat(CliRun.run(ana, "import", Files.writeString(dir.resolve("f.txt"), ARTICLE).toString()).exitCode()).isZero();
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--span", at("“and soon.”"), "--speaker", "Renée Okafor",
                "--mention", at("she"), "--annotator", "ana@example.org");
        CliRun.run(ana, "quote", "add", "1", "--span", at("“We will,”"), "--speaker", "Renée Okafor", "--mention", at("she"),
                "--annotator", "ben@example.org");
        CliRun.run(ana, "quote", "add", "1", "--span", at("“Nobody waits,”"), "--speaker", "Tom Hale", "--mention", at("Tom Hale"),
                "--annotator", "ben@example.org");
        return ana;
    }

    @Test
    void doccanoKeepsAnnotatorsAndPiecesButNotWhoAPronounIs() throws Exception {
        Path ana = workspaceWithTwoAnnotators();
        Path out = dir.resolve("doccano.jsonl");
        assertThat(CliRun.run(ana, "export", "--format", "doccano", out.toString(), "--status", "any").exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"CONTINUES\"", "\"annotator\":\"ben@example.org\"");
        Path other = dir.resolve("d.qb");
        CliRun imported = CliRun.run(other, "import-annotations", "--format", "doccano", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(quotes(other, false)).isEqualTo(quotes(ana, false));
    }

    @Test
    void labelStudioKeepsAnnotatorsAndPieces() throws Exception {
        Path ana = workspaceWithTwoAnnotators();
        Path out = dir.resolve("ls.json");
        assertThat(CliRun.run(ana, "export", "--format", "label-studio", out.toString(), "--status", "any").exitCode()).isZero();
        JsonNode task = new ObjectMapper().readTree(Files.readString(out)).get(0);
        assertThat(task.get("annotations")).hasSize(2);
        assertThat(task.get("annotations").findValuesAsText("email")).containsExactlyInAnyOrder("ana@example.org", "ben@example.org");
        for (JsonNode annotation : task.get("annotations")) {
            if (annotation.get("completed_by").get("email").asText().startsWith("ana")) {
                assertThat(annotation.get("result").toString()).contains("\"continues\"", "\"said by\"");
            }
        }

        Path other = dir.resolve("b.qb");
        CliRun imported = CliRun.run(other, "import-annotations", "--format", "label-studio", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(quotes(other, true)).isEqualTo(quotes(ana, true));
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
