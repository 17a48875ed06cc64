package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.export.ExportOffsetsTest.byCodePoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W3C, Label Studio, doccano and ClaimReview, each read back by its own tool's rules. */
class InterchangeExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = ExportFixture.TEXT;

    @TempDir
    Path dir;
    private List<ExportedArticle> articles;

    @BeforeEach
    void workspace() {
        articles = ExportFixture.articles(dir.resolve("export.qb"));
    }

    private JsonNode export(ExportFormat format) throws Exception {
        Path file = dir.resolve("out." + format.code());
        Exports.write(format, articles, file, new ExportOptions(org.quotebench.core.CsvCells.NEUTRALISED,
                java.util.Optional.of(new ClaimReviewSettings("https://factcheck.example/reviews/{uuid}", false)), true));
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void w3cSelectorsFindTheQuoteByPositionAndByContext() throws Exception {
        JsonNode collection = export(ExportFormat.W3C);
        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("total").asInt()).isEqualTo(2);
        for (JsonNode annotation : collection.get("first").get("items")) {
            JsonNode position = annotation.get("target").get("selector").get(0);
            JsonNode quote = annotation.get("target").get("selector").get(1);
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            String exact = quote.get("exact").asText();
            assertThat(byCodePoints(TEXT, position.get("start").asInt(), position.get("end").asInt())).isEqualTo(exact);
            // The TextQuoteSelector alone finds it too: prefix + exact + suffix occurs once, right there.
            String context = quote.get("prefix").asText() + exact + quote.get("suffix").asText();
            int at = TEXT.indexOf(context);
            assertThat(at).isNotNegative();
            assertThat(TEXT.indexOf(context, at + 1)).isNegative();
            assertThat(TEXT.codePointCount(0, at + quote.get("prefix").asText().length())).isEqualTo(position.get("start").asInt());
            List<String> bodies = new ArrayList<>();
            annotation.get("body").forEach(b -> bodies.add(b.get("purpose").asText() + "=" + b.path("value").asText(b.path("source").asText())));
            assertThat(bodies).contains("classifying=direct", "identifying=Ana Pereira", "identifying=http://www.wikidata.org/entity/Q4242");
        }
    }

    @Test
    void labelStudioCountsCodePointsAndLinksSpeakers() throws Exception {
        JsonNode task = export(ExportFormat.LABEL_STUDIO).get(0);
        String text = task.get("data").get("text").asText();
        List<String> labels = new ArrayList<>();
        int relations = 0;
        for (JsonNode r : task.get("annotations").get(0).get("result")) {
            if (r.get("type").asText().equals("relation")) {
                relations++;
                continue;
            }
            JsonNode v = r.get("value");
            assertThat(byCodePoints(text, v.get("start").asInt(), v.get("end").asInt())).isEqualTo(v.get("text").asText());
            labels.add(v.get("labels").get(0).asText() + ":" + v.get("text").asText());
        }
        assertThat(labels).contains("Quote:“The tide will turn,”", "Speaker:Ana Pereira", "Cue:told");
        assertThat(relations).isEqualTo(4);
    }

    @Test
    void doccanoCountsUtf16UnitsAsItsBrowserDoes() throws Exception {
        JsonNode line = export(ExportFormat.DOCCANO);
        String text = line.get("text").asText();
        List<String> labelled = new ArrayList<>();
        for (JsonNode e : line.get("entities")) {
            // JavaScript's text.slice(start, end) counts UTF-16 units, like Java's substring.
            labelled.add(e.get("label").asText() + ":" + text.substring(e.get("start_offset").asInt(), e.get("end_offset").asInt()));
        }
        assertThat(labelled).contains("DIRECT:“The tide will turn,”", "SPEAKER:Ana Pereira", "SPEAKER:she", "CUE:said");
        assertThat(line.get("relations")).hasSize(4);
        assertThat(line.get("relations").get(0).get("type").asText()).isEqualTo("SAID_BY");
    }

    @Test
    void claimReviewHasOnlyQuotesWithAVerdict() throws Exception {
        JsonNode reviews = export(ExportFormat.CLAIMREVIEW);
        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.get(0);
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asText()).isEqualTo("https://factcheck.example/reviews/" + review.get("identifier").asText());
        assertThat(review.get("claimReviewed").asText()).isEqualTo("“The tide will turn,”");
        assertThat(review.get("itemReviewed").get("author").get("name").asText()).isEqualTo("Ana Pereira");
        assertThat(review.get("itemReviewed").get("author").get("sameAs").asText()).isEqualTo("https://www.wikidata.org/wiki/Q4242");
        assertThat(review.get("itemReviewed").get("appearance").get("publisher").get("name").asText()).isEqualTo("The Harbour Courier");
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("accurate");
        assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(5);
    }
}
