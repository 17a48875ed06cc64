package org.quotebench.importer;

/** Turns CRLF and lone CR into LF, the only change made to an article's text besides removing a BOM. */
final class LineEndings {
    private LineEndings() {
    }

    static String toLf(String text) {
        int first = text.indexOf('\r');
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int n = text.length();
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
