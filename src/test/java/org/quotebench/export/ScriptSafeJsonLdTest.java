package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * The JSON-LD exports can be pasted into {@code <script type="application/ld+json">}: no raw
 * {@code <}, {@code >} or {@code &} that could close the script, yet the same values when parsed.
 */
class ScriptSafeJsonLdTest {
    static final String QUOTE = "“</script><script>alert('owned')</script> & <!-- more,”";
    static final String TEXT = "Harbour & <b>tides</b>\n\n" + QUOTE + " said Ana <Pereira>.";
    static final String TITLE = "Tides </script> & <b>bold</b>";
    static final String URL = "https://news.example/story?id=1&lang=en";
    static final String NOTE = "Checked <a href=x> & ok";

    @TempDir
    Path dir;

    private List<ExportedArticle> articles() {
        try (Workspace workspace = Workspace.open(dir.resolve("ld.qb"))) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of(TITLE), Optional.of("A & B <News>"), Optional.empty(), Optional.of(URL),
                    Optional.of("2026-03-02"), Optional.of("en"));
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT, meta, "UTF-8", "ld.txt")))
                    .article().id();
            long speaker = workspace.speakers().add(new SpeakerDraft("Ana <Pereira>", SpeakerKind.PERSON, Optional.of("R&D <head>"),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of())).id();
            int start = TEXT.indexOf(QUOTE);
            workspace.quotes().add(new QuoteDraft(id, new Span(start, start + QUOTE.length()), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                    Verdict.MISQUOTED, Optional.of(NOTE), Optional.of(speaker), Optional.empty(), Optional.empty(), List.of(),
                    Optional.of("<ana>&"), Optional.empty()));
            return List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
    }

    private String export(ExportFormat format) throws Exception {
        Path file = dir.resolve("out." + format.code());
        // notes published, to check that they are escaped too
        Exports.write(format, articles(), file, new ExportOptions(org.quotebench.core.CsvCells.NEUTRALISED,
                java.util.Optional.of(new ClaimReviewSettings("https://factcheck.example/r/{uuid}?a=1&b=<2>", true)), true));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void w3cHasNoRawAngleBracketsOrAmpersandsAndParsesToTheSameValues() throws Exception {
        String json = export(ExportFormat.W3C);
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e", "\\u0026");
        JsonNode annotation = new ObjectMapper().readTree(json).get("first").get("items").get(0);
        assertThat(annotation.get("target").get("source").asText()).isEqualTo(URL);
        assertThat(annotation.get("target").get("selector").get(1).get("exact").asText()).isEqualTo(QUOTE);
        assertThat(annotation.get("target").get("selector").get(1).get("prefix").asText()).isEqualTo("Harbour & <b>tides</b>\n\n");
        assertThat(annotation.get("creator").asText()).isEqualTo("<ana>&");
        List<String> values = new ArrayList<>();
        annotation.get("body").forEach(b -> values.add(b.path("value").asText()));
        assertThat(values).contains("Ana <Pereira>", NOTE);
    }

    @Test
    void claimReviewHasNoRawAngleBracketsOrAmpersandsAndParsesToTheSameValues() throws Exception {
        String json = export(ExportFormat.CLAIMREVIEW);
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003c", "\\u003e", "\\u0026");
        JsonNode review = new ObjectMapper().readTree(json).get(0);
        assertThat(review.get("claimReviewed").asText()).isEqualTo(QUOTE);
        assertThat(review.get("reviewBody").asText()).isEqualTo(NOTE);
        assertThat(review.get("url").asText()).endsWith("?a=1&b=<2>").contains(review.get("identifier").asText());
        assertThat(review.get("itemReviewed").get("author").get("name").asText()).isEqualTo("Ana <Pereira>");
        assertThat(review.get("itemReviewed").get("author").get("jobTitle").asText()).isEqualTo("R&D <head>");
        JsonNode appearance = review.get("itemReviewed").get("appearance");
        assertThat(appearance.get("headline").asText()).isEqualTo(TITLE);
        assertThat(appearance.get("url").asText()).isEqualTo(URL);
        assertThat(appearance.get("publisher").get("name").asText()).isEqualTo("A & B <News>");
    }
}
