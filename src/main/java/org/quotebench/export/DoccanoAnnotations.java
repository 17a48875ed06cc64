package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;

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
 * Reads doccano's JSONL (relation extraction: {@code entities} and {@code relations}; or sequence
 * labelling: {@code label} as [start, end, LABEL]). doccano counts UTF-16 units, or grapheme clusters in
 * a project in grapheme mode ({@link DoccanoOffsets}); they are converted to code points here, and an
 * offset inside a character (half an emoji) refuses the file.
 */
public final class DoccanoAnnotations {
    /** The relation that joins a quote's first entity to each next piece of it. */
    static final String CONTINUES = "CONTINUES";

    private DoccanoAnnotations() {
    }

    public static List<AnnotatedArticle> read(String file, String content) {
        return read(file, content, DoccanoOffsets.UTF16);
    }

    /** Reads a file whose offsets count {@code offsets}. */
    public static List<AnnotatedArticle> read(String file, String content, DoccanoOffsets offsets) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (LocatedJson parsed : AnnotationFiles.jsonLines(file, content)) {
            articles.add(article(JsonFields.of(parsed, parsed.root(), ""), offsets));
        }
        return articles;
    }

    private static AnnotatedArticle article(JsonFields line, DoccanoOffsets offsets) {
        String where = line.where();
        String text = AnnotationFiles.articleText(where, line.string("text"));
        DoccanoOffsets.Converter index = offsets.in(text);
        int[] codePoints = text.codePoints().toArray();
        Map<Integer, Span> spans = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        Map<Integer, String> annotators = new HashMap<>();
        int n = 0;
        for (JsonFields e : line.objects("entities", "entity")) {
            int id = e.optionalInteger("id").orElse(++n);
            if (spans.containsKey(id)) {
                throw e.refusal("id", "the id " + id + " is given to two entities.");
            }
            spans.put(id, span(e.where(), index, codePoints, e.integer("start_offset"), e.integer("end_offset")));
            labels.put(id, e.string("label").toUpperCase(Locale.ROOT));
            e.optionalString("annotator").ifPresent(a -> annotators.put(id, a));
        }
        List<JsonNode> triples = line.list("label");
        for (int k = 0; k < triples.size(); k++) {
            String name = "label " + (k + 1);
            JsonNode l = triples.get(k);
            if (!l.isArray() || l.size() != 3 || !l.get(2).isTextual()) {
                throw line.refusal("label", name + " should be [start, end, \"LABEL\"]; it is " + JsonFields.describe(l) + ".");
            }
            int id = --n;
            spans.put(id, span(where + ": " + name, index, codePoints,
                    JsonFields.wholeNumber(l.get(0), name + " start", line::refusal),
                    JsonFields.wholeNumber(l.get(1), name + " end", line::refusal)));
            labels.put(id, l.get(2).textValue().toUpperCase(Locale.ROOT));
        }
        Map<Integer, Integer> mentionOf = new HashMap<>();
        Map<Integer, Integer> cueOf = new HashMap<>();
        Map<Integer, Integer> pieceOf = new HashMap<>();
        for (JsonFields r : line.objects("relations", "relation")) {
            int from = entity(r, "from_id", labels);
            int to = entity(r, "to_id", labels);
            if (r.optionalString("type").filter(CONTINUES::equalsIgnoreCase).isPresent() && AnnotatedQuote.kindOfLabel(labels.get(from)).isPresent()
                    && AnnotatedQuote.kindOfLabel(labels.get(to)).isPresent()) {
                PieceLinks.link(pieceOf, to, from, reason -> r.refusal("to_id", reason));
                continue;
            }
            String toLabel = labels.get(to);
            if (toLabel.equals("SPEAKER") || toLabel.equals("SOURCE")) {
                mentionOf.putIfAbsent(from, to);
            } else if (toLabel.equals("CUE")) {
                cueOf.putIfAbsent(from, to);
            }
        }
        List<AnnotatedQuote> quotes = new ArrayList<>();
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            Optional<QuoteKind> kind = AnnotatedQuote.kindOfLabel(e.getValue());
            if (kind.isPresent() && !pieceOf.containsKey(e.getKey())) {
                List<Span> pieces = PieceLinks.pieces(pieceOf, e.getKey(), spans);
                Span hull = PieceLinks.hull(pieces);
                Optional<Span> mention = Optional.ofNullable(mentionOf.get(e.getKey())).map(spans::get);
                quotes.add(new AnnotatedQuote(hull, kind.get(), QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                        mention.flatMap(m -> AnnotatedQuote.speakerNamed(new String(codePoints, m.start(), m.length()))),
                        Optional.empty(), mention, Optional.ofNullable(cueOf.get(e.getKey())).map(spans::get), List.of(),
                        Optional.empty(), Optional.ofNullable(annotators.get(e.getKey())), pieces));
            }
        }
        quotes.sort(java.util.Comparator.comparingInt((AnnotatedQuote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return new AnnotatedArticle(where, text, ArticleMetadata.NONE, quotes);
    }

    /** A relation's end: the id of an entity on the same line. */
    private static int entity(JsonFields relation, String field, Map<Integer, String> labels) {
        int id = relation.integer(field);
        if (!labels.containsKey(id)) {
            throw relation.refusal(field, "\"" + field + "\" is " + id + ", which is no entity on this line.");
        }
        return id;
    }

    /** doccano's offsets to code points; an offset inside a character (half an emoji, in UTF-16 units) is refused. */
    private static Span span(String where, DoccanoOffsets.Converter index, int[] codePoints, int start, int end) {
        if (start < 0 || end > index.length() || end <= start) {
            throw new QuotebenchException(where + ": the span " + start + "-" + end + " is outside the text (" + index.length()
                    + " " + index.unit() + ").");
        }
        try {
            return checked(where, codePoints, index.codePoint(start), index.codePoint(end), Optional.empty());
        } catch (QuotebenchException e) {
            throw new QuotebenchException(where + ": " + e.getMessage());
        }
    }
}
