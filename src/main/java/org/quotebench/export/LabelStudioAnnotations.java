package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;
import static org.quotebench.export.AnnotationFiles.required;
import static org.quotebench.export.AnnotationFiles.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * Reads Label Studio JSON tasks: {@code data.text} and each annotation's labelled spans (code points,
 * checked against {@code value.text}): "Quote" (or a kind: Direct, Partial, Indirect), "Speaker" and
 * "Cue", joined by relations; the annotator is the annotation's {@code completed_by}.
 */
public final class LabelStudioAnnotations {
    private LabelStudioAnnotations() {
    }

    public static List<AnnotatedArticle> read(String file, String content) {
        JsonNode tasks;
        try {
            tasks = JsonShapes.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new QuotebenchException(file + ": not JSON (" + e.getOriginalMessage() + ").");
        }
        if (!tasks.isArray()) {
            throw new QuotebenchException(file + ": not a list of Label Studio tasks.");
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            String where = file + ", task " + (t + 1);
            JsonNode task = tasks.get(t);
            JsonNode data = required(task, "data", where);
            String text = required(data, "text", where).asText();
            int[] codePoints = text.codePoints().toArray();
            List<AnnotatedQuote> quotes = new ArrayList<>();
            for (JsonNode annotation : task.path("annotations")) {
                quotes.addAll(quotes(where, annotation, codePoints));
            }
            ArticleMetadata meta = new ArticleMetadata(text(data, "title"), text(data, "outlet"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            articles.add(new AnnotatedArticle(file + "#" + (t + 1), text, meta, quotes));
        }
        return articles;
    }

    private static List<AnnotatedQuote> quotes(String where, JsonNode annotation, int[] codePoints) {
        Optional<String> annotator = text(annotation, "completed_by");
        Map<String, JsonNode> labelled = new HashMap<>();
        Map<String, Span> spans = new HashMap<>();
        Map<String, String> mentionOf = new HashMap<>();
        Map<String, String> cueOf = new HashMap<>();
        for (JsonNode r : annotation.path("result")) {
            if (r.path("type").asText().equals("relation")) {
                continue;
            }
            JsonNode value = r.path("value");
            if (!value.has("start") || !value.has("labels")) {
                continue;
            }
            String id = r.path("id").asText();
            spans.put(id, checked(where + ", result " + id, codePoints, value.get("start").asInt(), value.get("end").asInt(),
                    text(value, "text")));
            labelled.put(id, r);
        }
        for (JsonNode r : annotation.path("result")) {
            if (r.path("type").asText().equals("relation")) {
                String from = r.path("from_id").asText();
                String to = r.path("to_id").asText();
                String toLabel = label(labelled.get(to));
                if ("speaker".equals(toLabel)) {
                    mentionOf.putIfAbsent(from, to);
                } else if ("cue".equals(toLabel)) {
                    cueOf.putIfAbsent(from, to);
                }
            }
        }
        List<AnnotatedQuote> quotes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : labelled.entrySet()) {
            String label = label(e.getValue());
            Optional<QuoteKind> kind = kind(label);
            if (kind.isEmpty()) {
                continue;
            }
            JsonNode meta = e.getValue().path("meta");
            Optional<Span> mention = Optional.ofNullable(mentionOf.get(e.getKey())).map(spans::get);
            Optional<String> speaker = text(meta, "speaker")
                    .or(() -> mention.flatMap(m -> AnnotatedQuote.speakerNamed(new String(codePoints, m.start(), m.length()))));
            quotes.add(new AnnotatedQuote(spans.get(e.getKey()), text(meta, "kind").map(QuoteKind::parse).orElse(kind.get()),
                    text(meta, "status").map(QuoteStatus::parse).orElse(QuoteStatus.ACCEPTED),
                    text(meta, "verdict").map(Verdict::parse).orElse(Verdict.UNCHECKED), speaker, Optional.empty(), mention,
                    Optional.ofNullable(cueOf.get(e.getKey())).map(spans::get), List.of(), Optional.empty(), annotator));
        }
        quotes.sort(java.util.Comparator.comparingInt((AnnotatedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return quotes;
    }

    private static String label(JsonNode result) {
        return result == null ? "" : result.path("value").path("labels").path(0).asText().toLowerCase(Locale.ROOT);
    }

    private static Optional<QuoteKind> kind(String label) {
        return switch (label) {
            case "quote", "direct" -> Optional.of(QuoteKind.DIRECT);
            case "partial" -> Optional.of(QuoteKind.PARTIAL);
            case "indirect" -> Optional.of(QuoteKind.INDIRECT);
            default -> Optional.empty();
        };
    }
}
