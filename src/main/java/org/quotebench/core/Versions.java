package org.quotebench.core;

import java.util.Optional;

/**
 * Which version of its page an article is: {@code version} of {@code latest} (1 of 1 for an article
 * that never changed), and the lineage all versions of the page share.
 */
public record Versions(int version, int latest, Optional<String> lineage) {
    public static final Versions ONLY = new Versions(1, 1, Optional.empty());

    /** Whether a later version of the page exists (the page changed after this one was fetched). */
    public boolean changedSince() {
        return latest > version;
    }
}
