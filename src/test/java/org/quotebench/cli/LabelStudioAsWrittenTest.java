package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.fuzz.RealShapedFiles;

/**
 * Label Studio exports as Label Studio writes them: "said by" drawn from the speaker to the quote,
 * {@code completed_by} as a user object or number, cancelled annotations, several annotators on one
 * task, and labels Quotebench does not map (counted, like brat's skipped lines).
 */
class LabelStudioAsWrittenTest {
    @TempDir
    Path dir;

    @Test
    void eachAnnotatorsQuotesAreStoredUnderTheirNameAndCancelledOnesAreSkipped() throws Exception {
        ArrayNode tasks = (ArrayNode) RealShapedFiles.JSON.readTree(RealShapedFiles.labelStudio());
        ObjectNode bob = ((ArrayNode) tasks.get(0).get("annotations")).addObject();
        bob.put("id", 14).put("completed_by", 7).put("was_cancelled", false);
        ArrayNode result = bob.putArray("result");
        ObjectNode region = result.addObject();
        region.put("id", "b1").put("type", "labels").putObject("value").put("start", RealShapedFiles.at(RealShapedFiles.DIRECT))
                .put("end", RealShapedFiles.end(RealShapedFiles.DIRECT)).put("text", RealShapedFiles.DIRECT)
                .putArray("labels").add("Quote");
        result.addObject().put("id", "b2").put("type", "choices").putObject("value").putArray("choices").add("Politics");
        Path file = Files.writeString(dir.resolve("project-3.json"), tasks.toPrettyString());
        Path workspace = dir.resolve("a.qb");

        CliRun run = CliRun.run(workspace, "import-annotations", "--format", "label-studio", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("skipped_lines").asInt()).as("the Topic label and bob's choices").isEqualTo(2);
        List<String> stored = new ArrayList<>();
        for (JsonNode q : CliRun.run(workspace, "quote", "list", "--json").json()) {
            stored.add(q.get("text").asText() + " | " + q.get("annotator").asText() + " | " + q.path("speaker").path("name").asText("-")
                    + " | " + (q.get("mention").isNull() ? "-" : q.get("mention").get("start").asInt()) + " | "
                    + (q.get("cue").isNull() ? "-" : q.get("cue").get("start").asInt()) + " | " + q.get("kind").asText());
        }
        assertThat(stored).containsExactlyInAnyOrder(
                RealShapedFiles.INDIRECT + " | ana@example.org | Yusuf Demir | " + RealShapedFiles.at("Yusuf Demir") + " | "
                        + RealShapedFiles.at("said") + " | indirect",
                RealShapedFiles.DIRECT + " | ana@example.org | - | - | - | direct",
                RealShapedFiles.DIRECT + " | 7 | - | - | - | direct");
    }
}
