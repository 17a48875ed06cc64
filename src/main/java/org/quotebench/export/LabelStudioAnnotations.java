package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;
import static org.quotebench.export.JsonlAnnotations.parsed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * "Cue", joined by relations drawn either way; other labels are counted as skipped. Each annotation's
 * quotes are its annotator's ({@code completed_by}: a user's number, or an object with the email);
 * annotations the annotator cancelled ({@code was_cancelled}) are skipped.
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
            int skipped = 0;
            for (JsonFields annotation : task.objects("annotations", "task " + t + ", annotation")) {
                if (cancelled(annotation)) {
                    continue;
                }
                Annotation read = new Annotation("task " + t, annotation, codePoints);
                quotes.addAll(read.quotes());
                skipped += read.skipped;
            }
            quotes.sort(Comparator.comparingInt((AnnotatedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
            ArticleMetadata meta = new ArticleMetadata(data.optionalString("title"), data.optionalString("outlet"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            articles.add(new AnnotatedArticle(file + "#" + t, text, meta, quotes, skipped));
        }
        return articles;
    }

    /** Whether the annotator skipped the task ({@code was_cancelled}): Label Studio keeps such annotations, empty or not. */
    private static boolean cancelled(JsonFields annotation) {
        return annotation.present("was_cancelled").map(value -> {
            if (!value.isBoolean()) {
                throw annotation.refusal("was_cancelled", "\"was_cancelled\" should be true or false; it is "
                        + JsonFields.describe(value) + ".");
            }
            return value.booleanValue();
        }).orElse(false);
    }

    /**
     * Who made an annotation: {@code completed_by} as Label Studio writes it, a user's number or an
     * object with the user's {@code email} and {@code id} (the email is used when there is one).
     */
    static Optional<String> annotator(JsonFields annotation) {
        Optional<JsonNode> given = annotation.present("completed_by");
        if (given.isEmpty()) {
            return Optional.empty();
        }
        JsonNode by = given.get();
        if (by.isObject()) {
            JsonFields user = annotation.object("completed_by", annotation.name() + " completed_by").orElseThrow();
            Optional<String> email = user.optionalString("email").filter(e -> !e.isBlank());
            return email.isPresent() ? email : user.present("id").map(id -> userId(user, id));
        }
        return Optional.of(userId(annotation, by));
    }

    private static String userId(JsonFields fields, JsonNode id) {
        if (id.isIntegralNumber() || (id.isTextual() && !id.textValue().isBlank())) {
            return id.asText();
        }
        throw fields.refusal("a user should be a number, a name or {\"id\", \"email\"}; it is " + JsonFields.describe(id) + ".");
    }

    /** The relation that joins a quote's first region to each next piece of it. */
    static final String CONTINUES = "continues";

    /** One annotation's regions and relations, read into quotes with their mentions and cues. */
    private static final class Annotation {
        private final String task;
        private final JsonFields annotation;
        private final int[] codePoints;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, Span> spans = new HashMap<>();
        private final Map<String, JsonFields> regions = new LinkedHashMap<>();
        private final Map<String, String> mentionOf = new HashMap<>();
        private final Map<String, String> cueOf = new HashMap<>();
        /** The first region of the quote each further piece belongs to. */
        private final Map<String, String> pieceOf = new HashMap<>();
        private int skipped;

        Annotation(String task, JsonFields annotation, int[] codePoints) {
            this.task = task;
            this.annotation = annotation;
            this.codePoints = codePoints;
            List<JsonFields> relations = new ArrayList<>();
            List<JsonNode> results = annotation.list("result");
            for (int k = 0; k < results.size(); k++) {
                JsonFields r = annotation.element(results.get(k), task + ", result " + (k + 1));
                if (r.optionalString("type").orElse("").equals("relation")) {
                    relations.add(r);
                } else {
                    region(r);
                }
            }
            relations.forEach(this::relation);
        }

        /** A labelled span; any other result (choices, text areas, labels Quotebench does not map) is counted as skipped. */
        private void region(JsonFields r) {
            Optional<JsonFields> value = r.object("value", r.name());
            if (value.isEmpty() || !value.get().has("labels")) {
                skipped++;
                return;
            }
            String id = r.string("id");
            JsonFields v = r.object("value", task + ", result " + id).orElseThrow();
            String label = label(v);
            if (!label.equals("speaker") && !label.equals("cue") && AnnotatedQuote.kindOfLabel(label).isEmpty()) {
                skipped++;
                return;
            }
            if (spans.containsKey(id)) {
                throw r.refusal("id", "the id " + id + " is given to two results of one annotation.");
            }
            spans.put(id, checked(v.where(), codePoints, v.integer("start"), v.integer("end"), v.optionalString("text")));
            labels.put(id, label);
            regions.put(id, r);
        }

        /** A relation joins a quote and its speaker or cue, drawn either way (Label Studio draws "said by" from the speaker too). */
        private void relation(JsonFields r) {
            String from = r.string("from_id");
            String to = r.string("to_id");
            if (!labels.containsKey(from) || !labels.containsKey(to)) {
                return; // a relation with a region of a label Quotebench does not use
            }
            boolean fromQuote = AnnotatedQuote.kindOfLabel(labels.get(from)).isPresent();
            if (fromQuote && AnnotatedQuote.kindOfLabel(labels.get(to)).isPresent() && r.list("labels").stream()
                    .anyMatch(l -> l.isTextual() && l.textValue().strip().equalsIgnoreCase(CONTINUES))) {
                PieceLinks.link(pieceOf, to, from, reason -> r.refusal("to_id", reason)); // "We will," — continues → "and soon."
                return;
            }
            String quote = fromQuote ? from : to;
            String other = fromQuote ? to : from;
            if (AnnotatedQuote.kindOfLabel(labels.get(quote)).isEmpty()) {
                return;
            }
            if (labels.get(other).equals("speaker")) {
                mentionOf.putIfAbsent(quote, other);
            } else if (labels.get(other).equals("cue")) {
                cueOf.putIfAbsent(quote, other);
            }
        }

        List<AnnotatedQuote> quotes() {
            Optional<String> annotator = annotator(annotation);
            List<AnnotatedQuote> quotes = new ArrayList<>();
            for (Map.Entry<String, JsonFields> e : regions.entrySet()) {
                Optional<QuoteKind> kind = AnnotatedQuote.kindOfLabel(labels.get(e.getKey()));
                if (kind.isEmpty() || pieceOf.containsKey(e.getKey())) {
                    continue; // a further piece is read with the quote it continues
                }
                List<Span> pieces = PieceLinks.pieces(pieceOf, e.getKey(), spans);
                Span hull = PieceLinks.hull(pieces);
                Optional<JsonFields> meta = e.getValue().object("meta", e.getValue().name() + " meta");
                Optional<Span> mention = Optional.ofNullable(mentionOf.get(e.getKey())).map(spans::get);
                Optional<String> speaker = meta.flatMap(m -> m.optionalString("speaker"))
                        .or(() -> mention.flatMap(m -> AnnotatedQuote.speakerNamed(new String(codePoints, m.start(), m.length()))));
                quotes.add(new AnnotatedQuote(hull, meta.flatMap(m -> parsed(m, "kind", QuoteKind::parse))
                        .orElse(kind.get()), meta.flatMap(m -> parsed(m, "status", QuoteStatus::parse)).orElse(QuoteStatus.ACCEPTED),
                        meta.flatMap(m -> parsed(m, "verdict", Verdict::parse)).orElse(Verdict.UNCHECKED), speaker, Optional.empty(),
                        mention, Optional.ofNullable(cueOf.get(e.getKey())).map(spans::get), List.of(), Optional.empty(), annotator,
                        pieces));
            }
            return quotes;
        }
    }

    /** A region's first label, lower case; "" when it has none. */
    private static String label(JsonFields value) {
        List<JsonNode> labels = value.list("labels");
        if (labels.isEmpty()) {
            return "";
        }
        if (!labels.get(0).isTextual()) {
            throw value.refusal("labels", "a label should be a string; it is " + JsonFields.describe(labels.get(0)) + ".");
        }
        return labels.get(0).textValue().strip().toLowerCase(Locale.ROOT);
    }
}
