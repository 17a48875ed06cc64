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

    /** One parsed line of a JSONL file and where it is ("FILE:LINE"), for messages. */
    record Line(String where, JsonNode json) {
    }

    /** The non-blank lines of a JSONL file, parsed; a line that is not JSON refuses the file, naming the line. */
    static java.util.List<Line> jsonLines(String file, String content) {
        java.util.List<Line> parsed = new java.util.ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                parsed.add(new Line(where, JsonShapes.MAPPER.readTree(lines[i])));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new QuotebenchException(where + ": not JSON (" + e.getOriginalMessage() + ").");
            }
        }
        return parsed;
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
