package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doccano projects in grapheme mode count a family emoji or an accented letter as one character: {@code --offsets graphemes}. */
class DoccanoGraphemesTest {
    // A family emoji is 5 code points (8 UTF-16 units) and one grapheme; e + combining accent is 2 code points, one grapheme.
    private static final String TEXT = "👩\u200D👩\u200D👧 Rene\u0301e said: «We sail at dawn».";

    @TempDir
    Path dir;

    @Test
    void graphemeOffsetsAreReadAsGraphemesWhenAskedAndUtf16StaysTheDefault() throws Exception {
        // In graphemes: "👩‍👩‍👧"=0, " "=1, "Renée"=2..7 (é one grapheme), " said: "=7..14, «=14.
        String line = "{\"text\":\"" + TEXT + "\",\"entities\":[{\"id\":1,\"label\":\"QUOTE\",\"start_offset\":14,\"end_offset\":31},"
                + "{\"id\":2,\"label\":\"SPEAKER\",\"start_offset\":2,\"end_offset\":7}],\"relations\":[{\"id\":1,\"from_id\":1,\"to_id\":2}]}\n";
        Path file = Files.writeString(dir.resolve("doccano.jsonl"), line);

        CliRun graphemes = CliRun.run(dir.resolve("g.qb"), "import-annotations", "--format", "doccano", "--offsets", "graphemes",
                file.toString());
        assertThat(graphemes.exitCode()).as(graphemes.err()).isZero();
        JsonNode quote = CliRun.run(dir.resolve("g.qb"), "quote", "list", "--json").json().get(0);
        assertThat(quote.get("text").asText()).isEqualTo("«We sail at dawn»");
        assertThat(quote.get("start").asInt()).isEqualTo(TEXT.codePointCount(0, TEXT.indexOf('«')));
        // The mention is the text as written (a combining accent); the speaker's name is stored composed (NFC).
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Ren\u00e9e");

        CliRun units = CliRun.run(dir.resolve("u.qb"), "import-annotations", "--format", "doccano", file.toString());
        assertThat(units.exitCode()).isEqualTo(2); // 2 UTF-16 units in is inside the first emoji
        assertThat(units.err()).startsWith(file + ":1: entity 2: ").contains("inside a character");

        CliRun brat = CliRun.run(dir.resolve("b.qb"), "import-annotations", "--format", "jsonl", "--offsets", "graphemes",
                file.toString());
        assertThat(brat.exitCode()).isEqualTo(1);
        assertThat(brat.err().strip()).isEqualTo("--offsets is for doccano files; jsonl files count code points.");
    }
}
