package org.quotebench.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where and when an article fetched from the web came from: the page's canonical address, when it
 * was fetched (UTC, ISO 8601), the HTTP status of the response, and the snapshot time when it came
 * from a web archive. {@link #NONE} for an article read from a file.
 */
public record WebOrigin(Optional<String> canonicalUrl, Optional<String> fetchedAt, OptionalInt httpStatus,
        Optional<String> archivedAt) {
    public static final WebOrigin NONE = new WebOrigin(Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());

    /** Whether the article was fetched from the web (and so can be fetched again). */
    public boolean fetched() {
        return fetchedAt.isPresent();
    }
}
