package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Rfc4180;

/**
 * Every format's offsets, read back independently of the exporters (slicing the text by code
 * points), with an emoji and a combining accent before the quotes and a quote across two paragraphs.
 */
class ExportOffsetsTest {
    // The emoji is two Java chars and one code point; "e\u0301" is two code points, one character on screen.
    static final String TEXT = "🚢 Harbour news from Sainte-Rose\u0301.\n\n“The tide will turn,” said harbour master Ana Pereira.\n\n"
            + "“We waited all winter.\nWe will wait no longer,” she told the Courier.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private List<ExportedArticle> articles;

    @BeforeEach
    void workspace() throws Exception {
        articles = ExportFixture.articles(dir.resolve("export.qb"));
    }

    @Test
    void bratSpansSliceTheTextByCodePoints() throws Exception {
        Path folder = dir.resolve("brat");
        Exports.write(ExportFormat.BRAT, articles, folder);
        assertThat(folder.resolve("annotation.conf")).content().contains("[entities]", "Quote", "SaidBy", "Verdict");
        String name = "0001-tide-turns-says-harbour-master";
        String txt = Files.readString(folder.resolve(name + ".txt"), StandardCharsets.UTF_8);
        assertThat(txt).isEqualTo(TEXT);
        // the quotes are ana's: her file, beside a copy of the text for brat
        assertThat(folder.resolve(name + "_ana.txt")).hasSameTextualContentAs(folder.resolve(name + ".txt"));
        List<String> ann = Files.readAllLines(folder.resolve(name + "_ana.ann"), StandardCharsets.UTF_8);
        Pattern textBound = Pattern.compile("T\\d+\t(\\w+) ([\\d ;]+)\t(.*)");
        List<String> quotes = new ArrayList<>();
        for (String line : ann) {
            Matcher m = textBound.matcher(line);
            if (!m.matches()) {
                continue;
            }
            List<String> fragments = new ArrayList<>();
            for (String range : m.group(2).split(";")) {
                String[] ends = range.split(" ");
                String fragment = byCodePoints(txt, Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
                assertThat(fragment).doesNotContain("\n");
                fragments.add(fragment);
            }
            assertThat(String.join(" ", fragments)).isEqualTo(m.group(3));
            if (m.group(1).equals("Quote")) {
                quotes.add(m.group(3));
            }
        }
        assertThat(quotes).containsExactly("“The tide will turn,”", "“We waited all winter. We will wait no longer,”");
        assertThat(ann).anyMatch(line -> line.matches("N\\d+\tReference T\\d+ Wikidata:Q4242\tAna Pereira"));
        assertThat(ann).anyMatch(line -> line.matches("R\\d+\tSaidBy Arg1:T\\d+ Arg2:T\\d+"));
        assertThat(ann).anyMatch(line -> line.matches("A\\d+\tKind T\\d+ direct"));
    }

    @Test
    void spacySpansSliceTheTextByCodePoints() throws Exception {
        Path file = dir.resolve("spacy.jsonl");
        Exports.write(ExportFormat.SPACY, articles, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode doc = JSON.readTree(lines.get(0));
        String text = doc.get("text").asText();
        List<String> labelled = new ArrayList<>();
        for (JsonNode span : doc.get("spans")) {
            labelled.add(span.get("label").asText() + ":" + byCodePoints(text, span.get("start").asInt(), span.get("end").asInt()));
        }
        assertThat(labelled).contains("DIRECT:“The tide will turn,”", "SPEAKER:Ana Pereira", "CUE:said", "SPEAKER:she", "CUE:told",
                "DIRECT:“We waited all winter.\nWe will wait no longer,”");
    }

    @Test
    void jsonlQuotesSliceTheTextByCodePoints() throws Exception {
        Path file = dir.resolve("all.jsonl");
        Exports.write(ExportFormat.JSONL, articles, file);
        JsonNode article = JSON.readTree(Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
        String text = article.get("text").asText();
        assertThat(text).isEqualTo(TEXT);
        assertThat(article.get("quotes")).hasSize(2);
        for (JsonNode quote : article.get("quotes")) {
            assertThat(byCodePoints(text, quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
            JsonNode mention = quote.get("mention");
            assertThat(byCodePoints(text, mention.get("start").asInt(), mention.get("end").asInt())).isIn("Ana Pereira", "she");
            assertThat(quote.get("speaker").get("wikidata").asText()).isEqualTo("Q4242");
        }
    }

    @Test
    void csvHasABomAndCodePointOffsets() throws Exception {
        Path file = dir.resolve("quotes.csv");
        Exports.write(ExportFormat.CSV, articles, file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFarticle_id,");
        List<List<String>> rows = Rfc4180.parse(csv.substring(1));
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(3);
        for (List<String> row : rows.subList(1, rows.size())) {
            int start = Integer.parseInt(row.get(header.indexOf("start")));
            int end = Integer.parseInt(row.get(header.indexOf("end")));
            assertThat(byCodePoints(TEXT, start, end)).isEqualTo(row.get(header.indexOf("text")));
            assertThat(row.get(header.indexOf("speaker_wikidata"))).isEqualTo("Q4242");
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws Exception {
        Path file = dir.resolve("kept.jsonl");
        Files.writeString(file, "the old export\n");
        List<ExportedArticle> broken = new ArrayList<>(articles);
        broken.add(null); // fails half-way through writing
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Exports.write(ExportFormat.JSONL, broken, file));
        assertThat(file).content().isEqualTo("the old export\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** An independent slice: Python's text[start:end]. */
    static String byCodePoints(String text, int start, int end) {
        int[] points = text.codePoints().toArray();
        return new String(points, start, end - start);
    }

    @Test
    void bratCanLeaveOutTheNormalisationsThatDkproStopsAt() throws Exception {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        Exports.write(ExportFormat.BRAT, articles, with);
        Exports.write(ExportFormat.BRAT, articles, without, new ExportOptions(org.quotebench.core.CsvCells.NEUTRALISED,
                java.util.Optional.empty(), false));
        String name = "0001-tide-turns-says-harbour-master_ana.ann";
        List<String> full = Files.readAllLines(with.resolve(name), StandardCharsets.UTF_8);
        List<String> bare = Files.readAllLines(without.resolve(name), StandardCharsets.UTF_8);
        assertThat(full).anyMatch(l -> l.startsWith("N") && l.contains("Wikidata:Q4242"));
        assertThat(bare).noneMatch(l -> l.startsWith("N"));
        assertThat(bare).containsExactlyElementsOf(full.stream().filter(l -> !l.startsWith("N")).toList());
    }
}
