package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;

/** What the JSON annotation readers share: checked spans and plain field access, with errors naming the file and place. */
final class AnnotationFiles {
    private AnnotationFiles() {
    }

    /** The span {@code [start, end)} in code points, checked to lie in the text and, when given, to slice it to {@code words}. */
    static Span checked(String where, int[] codePoints, int start, int end, Optional<String> words) {
        if (start < 0 || end <= start || end > codePoints.length) {
            throw new QuotebenchException(where + ": the span " + start + "-" + end + " is outside the text (" + codePoints.length
                    + " characters).");
        }
        String slice = new String(codePoints, start, end - start);
        if (words.isPresent() && !words.get().equals(slice)) {
            throw new QuotebenchException(where + ": says \"" + shorten(words.get()) + "\" but the text at " + start + "-" + end
                    + " is \"" + shorten(slice) + "\".");
        }
        return new Span(start, end);
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new QuotebenchException(where + ": has no \"" + field + "\".");
        }
        return value;
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
