package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile annotation files given to {@code import-annotations}: only Quotebench's own one-line
 * refusals come out (exit 1 or 2, no stack trace), in bounded time, and the workspace stays as it was.
 */
class HostileAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void hostileJsonAndBratFilesAreRefusedInOneLine() throws IOException {
        Path workspace = dir.resolve("news.qb");
        Path article = Files.writeString(dir.resolve("bridge.txt"), CliTest.ARTICLE, StandardCharsets.UTF_8);
        assertThat(CliRun.run(workspace, "import", article.toString()).exitCode()).isZero();
        Map<String, String[]> cases = new LinkedHashMap<>();
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        cases.put("deep JSONL", new String[] {"jsonl", "deep.jsonl", "{\"text\":\"x\",\"quotes\":" + deep + "}\n"});
        cases.put("deep Label Studio", new String[] {"label-studio", "deep.json", deep});
        cases.put("deep doccano", new String[] {"doccano", "deep.jsonl", "{\"text\":\"abc\",\"label\":" + deep + "}\n"});
        cases.put("huge string", new String[] {"jsonl", "huge.jsonl", "{\"text\":\"" + "x".repeat(30_000_000) + "\",\"quotes\":[{\"start\":0,"
                + "\"end\":2000000000,\"text\":\"x\"}]}\n"});
        cases.put("numbers out of range", new String[] {"doccano", "num.jsonl", "{\"text\":\"abc\",\"label\":[[-5,99999999999999999999,\"Q\"]]}\n"});
        cases.put("control characters", new String[] {"jsonl", "ctl.jsonl", "{\"text\":\"\\u0000\\u0001\u0007\",\"quotes\":[]}\n\u0000\u0001\n"});
        cases.put("not JSON", new String[] {"label-studio", "notjson.json", "<html>" + "\u0000".repeat(100)});
        cases.put("wrong shapes", new String[] {"label-studio", "shape.json", "[1, \"a\", {\"data\": 7}, {\"data\":{\"text\":[]}}, null]"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve(c.getValue()[1]), c.getValue()[2], StandardCharsets.UTF_8);
            refusedInOneLine(c.getKey(), workspace, "--format", c.getValue()[0], file.toString());
        }
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            Files.writeString(brat.resolve("doc" + i + ".txt"), "Text " + i + ": «The quay stays open», she said.", StandardCharsets.UTF_8);
            StringBuilder ann = new StringBuilder();
            String[] parts = {"T1\tQuote 0 5\tText ", "T2\tSpeaker -3 99999\tx", "R1\tSaidBy Arg1:T1 Arg2:T9", "A1\tKind T1 direct",
                "T3\tQuote 5 2;1 3\ty", "#1\tAnnotatorNotes T1\t", "\t\t\t", "T4\tQuote 0 9999999999999\tz", "E1\tQuote:T1", "\u0000", "\n"};
            for (int j = 0; j < 20; j++) {
                ann.append(parts[random.nextInt(parts.length)]).append('\n');
            }
            Files.writeString(brat.resolve("doc" + i + ".ann"), ann.toString(), StandardCharsets.UTF_8);
        }
        refusedInOneLine("random brat", workspace, "--format", "brat", brat.toString());
        assertThat(CliRun.run(workspace, "check").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(1);
    }

    private static void refusedInOneLine(String name, Path workspace, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "import-annotations";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.run(workspace, all), name);
        assertThat(run.exitCode()).as(name + ": " + run.err()).isIn(0, 1, 2);
        assertThat(run.err()).as(name).doesNotContain("Exception").doesNotContain("\tat ");
        for (String line : run.err().split("\n")) {
            assertThat(line.length()).as(name + ": one short line per refusal").isLessThan(2000);
        }
    }
}
