package org.quotebench.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name closest to a mistyped one, for "did you mean" hints. */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code typed} (ignoring case), if it is within a few edits. */
    public static Optional<String> to(String typed, Collection<String> known) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance.apply(wanted, name.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
