package org.quotebench.core;

/** A half-open range [start, end) of Java string indices (UTF-16 units) into an article's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new QuotebenchException("Invalid span " + start + ".." + end + ": start must be >= 0 and end >= start.");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers, after checking that it lies inside the text and on code point boundaries. */
    public String textIn(String text) {
        Offsets.checkSpan(text, this);
        return text.substring(start, end);
    }
}
