package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.checked;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WebOrigin;
import org.quotebench.core.WikidataId;

/** Reads Quotebench's own JSONL export back: every field's type, and every quote, mention and cue against its article's text. */
public final class JsonlAnnotations {
    private JsonlAnnotations() {
    }

    public static List<AnnotatedArticle> read(String file, String content) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (LocatedJson parsed : AnnotationFiles.jsonLines(file, content)) {
            JsonFields line = JsonFields.of(parsed, parsed.root(), "");
            String text = AnnotationFiles.articleText(line.where(), line.string("text"));
            int[] codePoints = text.codePoints().toArray();
            ArticleMetadata meta = new ArticleMetadata(line.optionalString("title"), line.optionalString("outlet"),
                    line.optionalString("author"), line.optionalString("url"), line.optionalString("published_on"),
                    line.optionalString("language"));
            List<AnnotatedQuote> quotes = new ArrayList<>();
            for (JsonFields q : line.objects("quotes", "quote")) {
                quotes.add(quote(q, codePoints));
            }
            articles.add(new AnnotatedArticle(line.optionalString("source_name").orElse(file), text, meta, quotes, 0, origin(line)));
        }
        return articles;
    }

    /** Where and when the article's page was fetched, as {@code show --json} writes it: times are ISO 8601 instants. */
    private static WebOrigin origin(JsonFields line) {
        Optional<Integer> status = line.optionalInteger("http_status");
        if (status.isPresent() && (status.get() < 100 || status.get() > 599)) {
            throw line.refusal("http_status", "\"http_status\" should be an HTTP status (100 to 599); it is " + status.get() + ".");
        }
        return new WebOrigin(line.optionalString("canonical_url"), parsed(line, "fetched_at", v -> instant("fetched_at", v)),
                status.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()),
                parsed(line, "archived_at", v -> instant("archived_at", v)));
    }

    /** The value as a UTC time, when it is an ISO 8601 instant ("…+01:00" is given as "…Z"). */
    private static String instant(String field, String value) {
        try {
            return java.time.Instant.parse(value).toString(); // UTC, as the store keeps fetch times
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.quotebench.core.QuotebenchException("\"" + field + "\" should be a time such as 2026-03-14T09:30:00Z; it is \""
                    + value + "\".");
        }
    }

    private static AnnotatedQuote quote(JsonFields q, int[] codePoints) {
        Span span = checked(q.where(), codePoints, q.integer("start"), q.integer("end"), q.optionalString("text"));
        Optional<JsonFields> speaker = q.object("speaker", q.name() + " speaker");
        List<String> events = new ArrayList<>();
        for (JsonFields e : q.objects("events", "event")) {
            e.optionalString("name").ifPresent(events::add);
        }
        return new AnnotatedQuote(span, parsed(q, "kind", QuoteKind::parse).orElse(QuoteKind.DIRECT),
                parsed(q, "status", QuoteStatus::parse).orElse(QuoteStatus.ACCEPTED),
                parsed(q, "verdict", Verdict::parse).orElse(Verdict.UNCHECKED), speaker.flatMap(s -> s.optionalString("name")),
                speaker.flatMap(s -> parsed(s, "wikidata", WikidataId::new)), span(q, "mention", codePoints),
                span(q, "cue", codePoints), events, q.optionalString("note"), q.optionalString("annotator"),
                pieces(q, span, codePoints));
    }

    /** The quote's pieces ({@code fragments}, made before pieces: none, one piece): each checked, in order, apart, start to end. */
    private static List<Span> pieces(JsonFields q, Span span, int[] codePoints) {
        List<Span> pieces = new ArrayList<>();
        for (JsonFields piece : q.objects("fragments", "piece")) {
            Span p = checked(piece.where(), codePoints, piece.integer("start"), piece.integer("end"), piece.optionalString("text"));
            if (!pieces.isEmpty() && p.start() < pieces.get(pieces.size() - 1).end()) {
                throw piece.refusal("overlaps the piece before it or comes before it.");
            }
            pieces.add(p);
        }
        if (!pieces.isEmpty() && !org.quotebench.core.Fragments.covering(pieces).equals(span)) {
            throw q.refusal("fragments", "the pieces do not run from the quote's start to its end.");
        }
        return pieces;
    }

    /** A string field read by {@code parse}; what {@code parse} refuses is refused at the field's line. */
    static <T> Optional<T> parsed(JsonFields fields, String field, Function<String, T> parse) {
        return fields.optionalString(field).map(value -> {
            try {
                return parse.apply(value);
            } catch (QuotebenchException e) {
                throw fields.refusal(field, e.getMessage());
            }
        });
    }

    private static Optional<Span> span(JsonFields q, String field, int[] codePoints) {
        return q.object(field, q.name() + " " + field).map(s -> checked(s.where(), codePoints, s.integer("start"), s.integer("end"),
                Optional.empty()));
    }
}
