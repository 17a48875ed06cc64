package org.quotebench.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotebench.core.Span;

/**
 * The pieces of quotes that tools without discontinuous spans link region to region ("continues" in
 * Label Studio, CONTINUES in doccano): which region each further piece continues.
 */
final class PieceLinks {
    private PieceLinks() {
    }

    /**
     * Records that {@code piece} continues {@code first}; refuses (with {@code refusal}'s reason) a link
     * that would make a region continue itself, which would leave no first piece and lose the quote.
     */
    static <T> void link(Map<T, T> continues, T piece, T first, java.util.function.Function<String, RuntimeException> refusal) {
        if (first(continues, first).equals(piece)) {
            throw refusal.apply("the pieces " + piece + " and " + first + " continue each other in a circle.");
        }
        continues.putIfAbsent(piece, first);
    }

    /** The pieces of the quote whose first piece is {@code first}, in text order: it and every region that continues it. */
    static <T> List<Span> pieces(Map<T, T> continues, T first, Map<T, Span> spans) {
        List<Span> pieces = new ArrayList<>(List.of(spans.get(first)));
        for (T piece : continues.keySet()) {
            if (first(continues, piece).equals(first)) {
                pieces.add(spans.get(piece)); // drawn from the first piece or along a chain of pieces
            }
        }
        pieces.sort(Comparator.comparingInt(Span::start));
        return pieces;
    }

    /** From the first piece's start to the furthest end (pieces that overlap are refused when stored, with the file named). */
    static Span hull(List<Span> pieces) {
        return new Span(pieces.get(0).start(), pieces.stream().mapToInt(Span::end).max().orElseThrow());
    }

    /** The first piece of the quote a region belongs to, following the links back (a cycle stops where it began). */
    static <T> T first(Map<T, T> continues, T region) {
        T at = region;
        Set<T> seen = new HashSet<>();
        while (continues.containsKey(at) && seen.add(at)) {
            at = continues.get(at);
        }
        return at;
    }
}
