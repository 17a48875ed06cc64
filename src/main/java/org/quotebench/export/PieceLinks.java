package org.quotebench.export;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pieces of quotes that tools without discontinuous spans link region to region ("continues" in
 * Label Studio, CONTINUES in doccano): which region each further piece continues.
 */
final class PieceLinks {
    private PieceLinks() {
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
