package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/**
 * Checks one line of a bundle's {@code quotes.jsonl} before anything is merged: every field the merge
 * reads has its type (a string, a whole number that fits, an object, a list), every code (kind,
 * status, verdict, speaker kind, Wikidata id) is one Quotebench knows, the text is one {@code import}
 * would take, and every span lies in it and slices it to the quote's words. A line that does not is
 * refused with {@code FILE:quotes.jsonl:LINE: reason}, and with it the whole bundle.
 */
final class BundleLine {
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private BundleLine() {
    }

    static void check(String where, JsonNode line) {
        if (!line.isObject()) {
            throw new QuotebenchException(where + ": should be an article (a JSON object); it is " + JsonFields.describe(line) + ".");
        }
        uuid(where, line);
        String text = AnnotationFiles.articleText(where, string(where, line, "text", true).orElseThrow());
        for (String field : new String[] {"title", "outlet", "author", "url", "published_on", "language", "encoding", "source_name"}) {
            string(where, line, field, false);
        }
        int k = 0;
        for (JsonNode e : list(where, line, "events")) {
            event(where + ": event " + ++k, e);
        }
        int[] cp = text.codePoints().toArray();
        k = 0;
        for (JsonNode q : list(where, line, "quotes")) {
            quote(where + ": quote " + ++k, q, cp);
        }
    }

    private static void quote(String at, JsonNode q, int[] cp) {
        object(at, q);
        uuid(at, q);
        AnnotationFiles.checked(at, cp, number(at, q, "start"), number(at, q, "end"), string(at, q, "text", false));
        code(at, () -> QuoteKind.parse(string(at, q, "kind", true).orElseThrow()));
        code(at, () -> QuoteStatus.parse(string(at, q, "status", true).orElseThrow()));
        code(at, () -> Verdict.parse(string(at, q, "verdict", true).orElseThrow()));
        for (String field : new String[] {"note", "annotator"}) {
            string(at, q, field, false);
        }
        time(at, q, "created_at");
        time(at, q, "updated_at");
        fragments(at, q, cp);
        for (String part : new String[] {"mention", "cue"}) {
            JsonNode span = q.get(part);
            if (span != null && !span.isNull()) {
                object(at + " " + part, span);
                AnnotationFiles.checked(at + " " + part, cp, number(at + " " + part, span, "start"), number(at + " " + part, span, "end"),
                        Optional.empty());
            }
        }
        JsonNode speaker = q.get("speaker");
        if (speaker != null && !speaker.isNull()) {
            speaker(at + " speaker", speaker);
        }
        int k = 0;
        for (JsonNode e : list(at, q, "events")) {
            event(at + " event " + ++k, e);
        }
    }

    /** The pieces, when given: each in the text and slicing it to its words, in order, apart, from the quote's start to its end. */
    private static void fragments(String at, JsonNode q, int[] cp) {
        JsonNode list = q.get("fragments");
        if (list == null || list.isNull()) {
            return;
        }
        int previousEnd = -1;
        int k = 0;
        int first = -1;
        for (JsonNode piece : list(at, q, "fragments")) {
            String where = at + " piece " + ++k;
            object(where, piece);
            int start = number(where, piece, "start");
            int end = number(where, piece, "end");
            AnnotationFiles.checked(where, cp, start, end, string(where, piece, "text", false));
            if (start < previousEnd) {
                throw new QuotebenchException(where + ": overlaps the piece before it or comes before it.");
            }
            first = first < 0 ? start : first;
            previousEnd = end;
        }
        if (k > 0 && (first != number(at, q, "start") || previousEnd != number(at, q, "end"))) {
            throw new QuotebenchException(at + ": its pieces do not run from its start to its end.");
        }
    }

    private static void speaker(String at, JsonNode s) {
        object(at, s);
        uuid(at, s);
        name(at, s);
        string(at, s, "kind", false).ifPresent(kind -> code(at, () -> SpeakerKind.parse(kind)));
        string(at, s, "wikidata", false).ifPresent(id -> code(at, () -> new WikidataId(id)));
        for (String field : new String[] {"role", "affiliation", "description"}) {
            string(at, s, field, false);
        }
        time(at, s, "updated_at");
        for (JsonNode alias : list(at, s, "aliases")) {
            if (!alias.isTextual() || alias.textValue().isBlank()) {
                throw new QuotebenchException(at + ": an alias should be a name; it is " + JsonFields.describe(alias) + ".");
            }
        }
    }

    private static void event(String at, JsonNode e) {
        object(at, e);
        uuid(at, e);
        name(at, e);
        for (String field : new String[] {"starts_on", "ends_on", "place", "description"}) {
            string(at, e, field, false);
        }
        time(at, e, "updated_at");
    }

    /** An identity is a UUID as Quotebench writes them: any other string would become one here and match nothing. */
    private static void uuid(String at, JsonNode node) {
        String uuid = string(at, node, "uuid", true).orElseThrow();
        if (!UUID.matcher(uuid).matches()) {
            throw new QuotebenchException(at + ": \"uuid\" should be a UUID; it is \"" + AnnotationFiles.shorten(uuid) + "\".");
        }
    }

    /** A time a merge compares must be one: "9999" or "zzz" would win every later merge. */
    private static void time(String at, JsonNode node, String field) {
        string(at, node, field, false).ifPresent(time -> {
            try {
                java.time.Instant.parse(time);
            } catch (java.time.format.DateTimeParseException e) {
                throw new QuotebenchException(at + ": \"" + field + "\" should be a time such as 2026-03-04T10:00:00Z; it is \""
                        + AnnotationFiles.shorten(time) + "\".");
            }
        });
    }

    private static void name(String at, JsonNode node) {
        if (string(at, node, "name", true).orElseThrow().isBlank()) {
            throw new QuotebenchException(at + ": \"name\" is blank.");
        }
    }

    private static void object(String at, JsonNode node) {
        if (!node.isObject()) {
            throw new QuotebenchException(at + ": should be a JSON object; it is " + JsonFields.describe(node) + ".");
        }
    }

    private static Iterable<JsonNode> list(String at, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw new QuotebenchException(at + ": \"" + field + "\" should be a list; it is " + JsonFields.describe(value) + ".");
        }
        return value;
    }

    private static Optional<String> string(String at, JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new QuotebenchException(at + ": has no \"" + field + "\".");
            }
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new QuotebenchException(at + ": \"" + field + "\" should be a string; it is " + JsonFields.describe(value) + ".");
        }
        return Optional.of(value.textValue());
    }

    private static int number(String at, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new QuotebenchException(at + ": has no \"" + field + "\".");
        }
        return JsonFields.wholeNumber(value, "\"" + field + "\"", reason -> new QuotebenchException(at + ": " + reason));
    }

    /** A code the file gives (a kind, a verdict): one Quotebench does not know is refused at {@code at}. */
    private static void code(String at, Runnable parse) {
        try {
            parse.run();
        } catch (QuotebenchException unknown) {
            throw new QuotebenchException(at + ": " + AnnotationFiles.oneLine(unknown.getMessage()));
        }
    }
}
