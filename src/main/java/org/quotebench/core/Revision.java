package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * Which revision of a stored row this is (issue 25): 1 when it was made, one more with each change,
 * with who made the last change ({@code by}: the database user on a server, the name given or the
 * computer's user on a file) and which of its fields that change touched ({@code what}, in the user's
 * words: "verdict", "speaker"). An edit made on an older revision than the stored one is refused.
 */
public record Revision(int number, Optional<String> by, List<String> what) {
    /** A row as it was made, never changed since. */
    public static final Revision FIRST = new Revision(1, Optional.empty(), List.of());

    public Revision {
        what = List.copyOf(what);
    }

    /** "ana changed its verdict and note", "ana changed it", "it was changed" for a message. */
    public String changeSaid() {
        String who = by.map(name -> name + " changed").orElse("someone changed");
        return what.isEmpty() ? who + " it" : who + " its " + Plural.list(what);
    }
}
