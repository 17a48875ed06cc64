package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.export.BratImportTest;

/**
 * Annotation files with missing, null or wrongly typed fields, numbers that do not fit, texts that
 * are not text: each is refused with one {@code FILE:LINE: reason} line, nothing of it is stored,
 * and the other files go in.
 */
class BadAnnotationFieldsTest {
    private static final String TEXT = "🚢 Ferry news from the harbour, written long enough to have a quote late in it: "
            + "“We sail at dawn,” said Ines Varga.";

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("a.qb");
    }

    private CliRun importFile(String format, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return CliRun.run(workspace(), "import-annotations", "--format", format, file.toString());
    }

    private void refusedWithNothingStored(CliRun run, String fileAndLine, String reason) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(dir.resolve(fileAndLine) + ": " + reason);
        assertThat(CliRun.run(workspace(), "list", "--json").json()).isEmpty();
    }

    private static String jsonText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aStartThatDoesNotFitAnIntIsRefusedNotWrappedAround() throws IOException {
        // 4294967373 is 2^32 + 77: read as an int it became 77, a place in the text the file never named.
        String line = "{\"text\":" + jsonText(TEXT) + ",\"quotes\":[{\"start\":4294967373,\"end\":81}]}\n";
        refusedWithNothingStored(importFile("jsonl", "big.jsonl", line), "big.jsonl:1",
                "quote 1: \"start\" is 4294967373, too large for an offset.");
    }

    @Test
    void aQuotesObjectInsteadOfAListIsRefused() throws IOException {
        String empty = "{\"text\":" + jsonText(TEXT) + ",\"quotes\":{}}\n";
        refusedWithNothingStored(importFile("jsonl", "obj.jsonl", empty), "obj.jsonl:1",
                "\"quotes\" should be a list; it is an object.");
        String second = "{\"text\":" + jsonText(TEXT) + ",\"quotes\":[]}\n{\"text\":\"Other news.\",\"quotes\":{\"q\":{\"start\":2}}}\n";
        refusedWithNothingStored(importFile("jsonl", "obj2.jsonl", second), "obj2.jsonl:2",
                "\"quotes\" should be a list; it is an object.");
    }

    @Test
    void wronglyTypedOrNullFieldsAreRefused() throws IOException {
        refusedWithNothingStored(importFile("jsonl", "num.jsonl", "{\"text\":5,\"quotes\":[]}\n"), "num.jsonl:1",
                "\"text\" should be a string; it is a number (5).");
        String nullEnd = "\n{\"text\":" + jsonText(TEXT) + ",\"quotes\":[{\"start\":2,\"end\":null}]}\n";
        refusedWithNothingStored(importFile("jsonl", "null.jsonl", nullEnd), "null.jsonl:2", "quote 1: has no \"end\".");
        String title = "{\"text\":" + jsonText(TEXT) + ",\"title\":{\"en\":\"Ferries\"},\"quotes\":[]}\n";
        refusedWithNothingStored(importFile("jsonl", "title.jsonl", title), "title.jsonl:1",
                "\"title\" should be a string; it is an object.");
    }

    @Test
    void aStringIdWhereDoccanoHasNumbersIsRefused() throws IOException {
        int start = TEXT.indexOf('“');
        String line = "{\"text\":" + jsonText(TEXT) + ",\"entities\":[{\"id\":\"1\",\"label\":\"QUOTE\",\"start_offset\":" + start
                + ",\"end_offset\":" + (TEXT.indexOf('”') + 1) + "}],\"relations\":[]}\n";
        refusedWithNothingStored(importFile("doccano", "ids.jsonl", line), "ids.jsonl:1",
                "entity 1: \"id\" should be a whole number; it is a string (\"1\").");
    }

    @Test
    void aLabelStudioFieldIsRefusedWithTheLineItIsOn() throws IOException {
        String tasks = "[\n  {\n    \"data\": {\"text\": " + jsonText(TEXT) + "},\n    \"annotations\": [{\"result\": [\n"
                + "      {\"id\": \"a\", \"type\": \"labels\",\n"
                + "       \"value\": {\"start\": \"2\", \"end\": 20, \"labels\": [\"Quote\"]}}\n    ]}]\n  }\n]\n";
        refusedWithNothingStored(importFile("label-studio", "ls.json", tasks), "ls.json:6",
                "task 1, result a: \"start\" should be a whole number; it is a string (\"2\").");
    }

    @Test
    void aBratLineWithoutOffsetsIsRefusedAndTheGoodFilesGoIn() throws IOException {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("demir.txt"), BratImportTest.TEXT);
        Files.writeString(brat.resolve("demir.ann"), BratImportTest.ANN);
        Files.writeString(brat.resolve("broken.txt"), "Another ferry story.");
        Files.writeString(brat.resolve("broken.ann"), "T1\tContent 0 7\tAnother\nT9\tQuote\n");
        CliRun run = CliRun.run(workspace(), "import-annotations", "--format", "brat", brat.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(brat.resolve("broken.ann")
                + ":2: T9 has no offsets (a text-bound annotation is \"T1<TAB>Type START END<TAB>words\").");
        assertThat(CliRun.run(workspace(), "list", "--json").json()).hasSize(1);
        assertThat(CliRun.run(workspace(), "quote", "list", "--json").json()).hasSize(2);
    }

    @Test
    void aTextWithANulOrALoneSurrogateIsRefusedAsImportRefusesIt() throws IOException {
        String nul = "{\"text\":\"Ferry news\\u0000 in brief.\",\"quotes\":[]}\n";
        refusedWithNothingStored(importFile("jsonl", "nul.jsonl", nul), "nul.jsonl:1",
                "the text holds a NUL character (binary content), not text.");
        String half = "{\"text\":\"Ferry news \\ud83d in brief.\",\"quotes\":[]}\n";
        refusedWithNothingStored(importFile("jsonl", "half.jsonl", half), "half.jsonl:1",
                "the text holds half a character (a lone surrogate at character 11), not text.");
        String tasks = "[{\"data\":{\"text\":\"Ferry \\udc00 news\"}}]";
        refusedWithNothingStored(importFile("label-studio", "half.json", tasks), "half.json:1",
                "task 1: the text holds half a character (a lone surrogate at character 6), not text.");
    }
}
