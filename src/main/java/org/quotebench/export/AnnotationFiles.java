package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.quotebench.core.PlainText;
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

    /** The non-blank lines of a JSONL file, each parsed on its own; a line that is not one JSON value refuses the file, naming the line. */
    static java.util.List<LocatedJson> jsonLines(String file, String content) {
        java.util.List<LocatedJson> parsed = new java.util.ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parsed.add(LocatedJson.read(file, lines[i], i + 1));
            }
        }
        return parsed;
    }

    /** {@code text} when it can be an article's text (the rules of {@code import}); else refused at {@code where}. */
    static String articleText(String where, String text) {
        PlainText.whyNot(text).ifPresent(reason -> {
            throw new QuotebenchException(where + ": the text " + reason + ".");
        });
        if (text.indexOf('\r') >= 0) {
            throw new QuotebenchException(where + ": the text has CR line ends; Quotebench stores LF, so the offsets would not fit.");
        }
        return text;
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

    /** At most 60 characters of {@code s} on one line (see {@link #oneLine}). */
    static String shorten(String s) {
        int keep = s.length() > 60 && Character.isHighSurrogate(s.charAt(56)) ? 56 : 57;
        return oneLine(s.length() > 60 ? s.substring(0, keep) + "…" : s);
    }

    /** {@code s} on one line: line breaks and other control characters are shown escaped, as {@code \n} or {@code \u0007}. */
    static String oneLine(String s) {
        StringBuilder shown = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                shown.append("\\n");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
