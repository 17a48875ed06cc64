package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;
import static org.quotebench.export.AnnotationFiles.required;
import static org.quotebench.export.AnnotationFiles.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/** Reads Quotebench's own JSONL export back: every quote, mention and cue checked against its article's text. */
public final class JsonlAnnotations {
    private JsonlAnnotations() {
    }

    public static List<AnnotatedArticle> read(String file, String content) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (AnnotationFiles.Line parsed : AnnotationFiles.jsonLines(file, content)) {
            String where = parsed.where();
            JsonNode line = parsed.json();
            String text = required(line, "text", where).asText();
            int[] codePoints = text.codePoints().toArray();
            ArticleMetadata meta = new ArticleMetadata(text(line, "title"), text(line, "outlet"), text(line, "author"), text(line, "url"),
                    text(line, "published_on"), text(line, "language"));
            List<AnnotatedQuote> quotes = new ArrayList<>();
            JsonNode given = line.path("quotes");
            for (int k = 0; k < given.size(); k++) {
                quotes.add(quote(where + ", quote " + (k + 1), given.get(k), codePoints));
            }
            articles.add(new AnnotatedArticle(text(line, "source_name").orElse(file), text, meta, quotes));
        }
        return articles;
    }

    private static AnnotatedQuote quote(String where, JsonNode q, int[] codePoints) {
        Span span = checked(where, codePoints, required(q, "start", where).asInt(), required(q, "end", where).asInt(), text(q, "text"));
        JsonNode speaker = q.path("speaker");
        List<String> events = new ArrayList<>();
        q.path("events").forEach(e -> text(e, "name").ifPresent(events::add));
        try {
            return new AnnotatedQuote(span, text(q, "kind").map(QuoteKind::parse).orElse(QuoteKind.DIRECT),
                    text(q, "status").map(QuoteStatus::parse).orElse(QuoteStatus.ACCEPTED),
                    text(q, "verdict").map(Verdict::parse).orElse(Verdict.UNCHECKED), text(speaker, "name"),
                    text(speaker, "wikidata").map(WikidataId::new), span(where + " mention", q.path("mention"), codePoints),
                    span(where + " cue", q.path("cue"), codePoints), events, text(q, "note"), text(q, "annotator"));
        } catch (QuotebenchException e) {
            throw new QuotebenchException(where + ": " + e.getMessage());
        }
    }

    private static Optional<Span> span(String where, JsonNode node, int[] codePoints) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(checked(where, codePoints, required(node, "start", where).asInt(), required(node, "end", where).asInt(),
                Optional.empty()));
    }
}
