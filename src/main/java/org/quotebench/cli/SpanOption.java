package org.quotebench.cli;

import org.quotebench.core.CodePointIndex;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;

/** A span written START:END in code points, as given with --mention and --cue. */
record SpanOption(int start, int end) {
    static SpanOption parse(String text) {
        String[] parts = text.strip().split("[:,]|\\.\\.");
        try {
            if (parts.length == 2) {
                return new SpanOption(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new QuotebenchException("'" + text + "' is not a span; write START:END in characters, e.g. 120:134.");
    }

    Span in(CodePointIndex index) {
        return index.toSpan(start, end);
    }
}
