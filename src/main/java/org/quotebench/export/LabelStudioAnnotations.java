package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;
import static org.quotebench.export.JsonlAnnotations.parsed;

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
        LocatedJson json = LocatedJson.read(file, content, 1);
        if (!json.root().isArray()) {
            throw new QuotebenchException(file + ":" + json.line(json.root()) + ": not a list of Label Studio tasks.");
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        int t = 0;
        for (JsonNode node : json.root()) {
            t++;
            JsonFields task = JsonFields.of(json, node, "task " + t);
            JsonFields data = task.object("data", "task " + t).orElseThrow(() -> task.refusal("has no \"data\"."));
            String text = AnnotationFiles.articleText(data.where(), data.string("text"));
            int[] codePoints = text.codePoints().toArray();
            List<AnnotatedQuote> quotes = new ArrayList<>();
            for (JsonFields annotation : task.objects("annotations", "task " + t + ", annotation")) {
                quotes.addAll(quotes("task " + t, annotation, codePoints));
            }
            ArticleMetadata meta = new ArticleMetadata(data.optionalString("title"), data.optionalString("outlet"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            articles.add(new AnnotatedArticle(file + "#" + t, text, meta, quotes));
        }
        return articles;
    }

    private static List<AnnotatedQuote> quotes(String task, JsonFields annotation, int[] codePoints) {
        Optional<String> annotator = annotation.present("completed_by").map(JsonNode::asText);
        Map<String, JsonFields> labelled = new HashMap<>();
        Map<String, Span> spans = new HashMap<>();
        Map<String, String> mentionOf = new HashMap<>();
        Map<String, String> cueOf = new HashMap<>();
        List<JsonFields> relations = new ArrayList<>();
        List<JsonNode> results = annotation.list("result");
        for (int k = 0; k < results.size(); k++) {
            JsonFields r = annotation.element(results.get(k), task + ", result " + (k + 1));
            if (r.optionalString("type").orElse("").equals("relation")) {
                relations.add(r);
                continue;
            }
            Optional<JsonFields> value = r.object("value", r.name());
            if (value.isEmpty() || !value.get().has("labels")) {
                continue;
            }
            String id = r.string("id");
            JsonFields v = r.object("value", task + ", result " + id).orElseThrow();
            spans.put(id, checked(v.where(), codePoints, v.integer("start"), v.integer("end"), v.optionalString("text")));
            labelled.put(id, r);
        }
        for (JsonFields r : relations) {
            String from = r.string("from_id");
            String to = r.string("to_id");
            String toLabel = label(labelled.get(to));
            if ("speaker".equals(toLabel)) {
                mentionOf.putIfAbsent(from, to);
            } else if ("cue".equals(toLabel)) {
                cueOf.putIfAbsent(from, to);
            }
        }
        List<AnnotatedQuote> quotes = new ArrayList<>();
        for (Map.Entry<String, JsonFields> e : labelled.entrySet()) {
            Optional<QuoteKind> kind = kind(label(e.getValue()));
            if (kind.isEmpty()) {
                continue;
            }
            JsonFields meta = e.getValue().object("meta", e.getValue().name() + " meta").orElse(null);
            Optional<Span> mention = Optional.ofNullable(mentionOf.get(e.getKey())).map(spans::get);
            Optional<String> speaker = Optional.ofNullable(meta).flatMap(m -> m.optionalString("speaker"))
                    .or(() -> mention.flatMap(m -> AnnotatedQuote.speakerNamed(new String(codePoints, m.start(), m.length()))));
            quotes.add(new AnnotatedQuote(spans.get(e.getKey()),
                    Optional.ofNullable(meta).flatMap(m -> parsed(m, "kind", QuoteKind::parse)).orElse(kind.get()),
                    Optional.ofNullable(meta).flatMap(m -> parsed(m, "status", QuoteStatus::parse)).orElse(QuoteStatus.ACCEPTED),
                    Optional.ofNullable(meta).flatMap(m -> parsed(m, "verdict", Verdict::parse)).orElse(Verdict.UNCHECKED), speaker,
                    Optional.empty(), mention, Optional.ofNullable(cueOf.get(e.getKey())).map(spans::get), List.of(), Optional.empty(),
                    annotator));
        }
        quotes.sort(java.util.Comparator.comparingInt((AnnotatedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return quotes;
    }

    /** The result's first label, lower case; "" when it has none. */
    private static String label(JsonFields result) {
        if (result == null) {
            return "";
        }
        List<JsonNode> labels = result.object("value", result.name()).map(v -> v.list("labels")).orElse(List.of());
        if (labels.isEmpty()) {
            return "";
        }
        if (!labels.get(0).isTextual()) {
            throw result.refusal("value", "a label should be a string; it is " + JsonFields.describe(labels.get(0)) + ".");
        }
        return labels.get(0).textValue().toLowerCase(Locale.ROOT);
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
