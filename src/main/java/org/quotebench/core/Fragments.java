package org.quotebench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of one quote that its attribution interrupts ("We will," she said, "and soon."): an
 * ordered list of non-empty, non-overlapping spans of one article. Pieces that touch are one piece.
 * A quote of one piece has the list [its span].
 */
public final class Fragments {
    /** What stands between two pieces where a quote's words are shown as one line. */
    public static final String GAP = " … ";

    private Fragments() {
    }

    /**
     * The pieces in text order with touching ones joined; refuses (with the reason) an empty list, an
     * empty piece and pieces that overlap.
     */
    public static List<Span> of(List<Span> pieces) {
        if (pieces.isEmpty()) {
            throw new QuotebenchException("A quote needs at least one piece.");
        }
        if (pieces.size() == 1 && pieces.get(0).length() > 0) {
            return List.of(pieces.get(0)); // nothing to sort or join (most quotes: one made per suggestion)
        }
        List<Span> sorted = new ArrayList<>(pieces);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span piece : sorted) {
            if (piece.length() == 0) {
                throw new QuotebenchException("A piece of a quote cannot be empty.");
            }
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (piece.start() < last.end()) {
                    // no offsets: these are Java's, and whoever gave the pieces counted otherwise (code points, UTF-16 units)
                    throw new QuotebenchException("Two pieces of the quote overlap; a quote's pieces lie apart.");
                }
                if (piece.start() == last.end()) {
                    out.set(out.size() - 1, new Span(last.start(), piece.end()));
                    continue;
                }
            }
            out.add(piece);
        }
        return List.copyOf(out);
    }

    /**
     * The pieces of a quote, suggestion or draft whose span is {@code span}: [span] when none are given,
     * else {@link #of} them, refused when they do not run from the span's start to its end.
     */
    public static List<Span> forSpan(List<Span> pieces, Span span) {
        if (pieces == null || pieces.isEmpty()) {
            return List.of(span);
        }
        List<Span> checked = of(pieces);
        if (!covering(checked).equals(span)) {
            throw new QuotebenchException("A quote's span must run from its first piece's start to its last piece's end.");
        }
        return checked;
    }

    /** From the first piece's start to the last piece's end. */
    public static Span covering(List<Span> pieces) {
        return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    }

    /** The pieces' words as one line, {@link #GAP} between them; {@code covered} is the text of {@link #covering}. */
    public static String words(List<Span> pieces, String covered) {
        if (pieces.size() == 1) {
            return covered;
        }
        int base = pieces.get(0).start();
        StringBuilder out = new StringBuilder();
        for (Span piece : pieces) {
            if (out.length() > 0) {
                out.append(GAP);
            }
            out.append(covered, piece.start() - base, piece.end() - base);
        }
        return out.toString();
    }
}
