package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;
import static org.quotebench.export.AnnotationFiles.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * Reads doccano's JSONL (relation extraction: {@code entities} and {@code relations}; or sequence
 * labelling: {@code label} as [start, end, LABEL]). doccano counts UTF-16 units; they are converted to
 * code points here, and an offset inside a character (half an emoji) refuses the file.
 */
public final class DoccanoAnnotations {
    private DoccanoAnnotations() {
    }

    public static List<AnnotatedArticle> read(String file, String content) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (AnnotationFiles.Line parsed : AnnotationFiles.jsonLines(file, content)) {
            String where = parsed.where();
            JsonNode line = parsed.json();
            String text = required(line, "text", where).asText();
            CodePointIndex index = new CodePointIndex(text);
            int[] codePoints = text.codePoints().toArray();
            Map<Integer, Span> spans = new HashMap<>();
            Map<Integer, String> labels = new HashMap<>();
            int n = 0;
            for (JsonNode e : line.path("entities")) {
                int id = e.path("id").asInt(++n);
                spans.put(id, span(where, index, codePoints, e.path("start_offset").asInt(), e.path("end_offset").asInt()));
                labels.put(id, e.path("label").asText().toUpperCase(Locale.ROOT));
            }
            for (JsonNode l : line.path("label")) {
                int id = --n;
                spans.put(id, span(where, index, codePoints, l.path(0).asInt(), l.path(1).asInt()));
                labels.put(id, l.path(2).asText().toUpperCase(Locale.ROOT));
            }
            Map<Integer, Integer> mentionOf = new HashMap<>();
            Map<Integer, Integer> cueOf = new HashMap<>();
            for (JsonNode r : line.path("relations")) {
                int from = r.path("from_id").asInt();
                int to = r.path("to_id").asInt();
                String toLabel = labels.getOrDefault(to, "");
                if (toLabel.equals("SPEAKER") || toLabel.equals("SOURCE")) {
                    mentionOf.putIfAbsent(from, to);
                } else if (toLabel.equals("CUE")) {
                    cueOf.putIfAbsent(from, to);
                }
            }
            List<AnnotatedQuote> quotes = new ArrayList<>();
            for (Map.Entry<Integer, String> e : labels.entrySet()) {
                Optional<QuoteKind> kind = switch (e.getValue()) {
                    case "QUOTE", "DIRECT" -> Optional.of(QuoteKind.DIRECT);
                    case "PARTIAL" -> Optional.of(QuoteKind.PARTIAL);
                    case "INDIRECT" -> Optional.of(QuoteKind.INDIRECT);
                    default -> Optional.empty();
                };
                if (kind.isPresent()) {
                    Optional<Span> mention = Optional.ofNullable(mentionOf.get(e.getKey())).map(spans::get);
                    quotes.add(new AnnotatedQuote(spans.get(e.getKey()), kind.get(), QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                            mention.flatMap(m -> AnnotatedQuote.speakerNamed(new String(codePoints, m.start(), m.length()))),
                            Optional.empty(), mention,
                            Optional.ofNullable(cueOf.get(e.getKey())).map(spans::get)));
                }
            }
            quotes.sort(java.util.Comparator.comparingInt((AnnotatedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
            ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            articles.add(new AnnotatedArticle(where, text, meta, quotes));
        }
        return articles;
    }

    /** UTF-16 offsets to code points; an offset inside a surrogate pair is refused. */
    private static Span span(String where, CodePointIndex index, int[] codePoints, int start, int end) {
        if (start < 0 || end > index.length() || end <= start) {
            throw new QuotebenchException(where + ": the span " + start + "-" + end + " is outside the text (" + index.length()
                    + " UTF-16 units).");
        }
        try {
            return checked(where, codePoints, index.toCodePoint(start), index.toCodePoint(end), Optional.empty());
        } catch (QuotebenchException e) {
            throw new QuotebenchException(where + ": " + e.getMessage());
        }
    }
}
