package org.quotebench.importer.web;

import java.time.Duration;

/**
 * How long and how much a fetch may take: the time to connect, the time for the whole answer (a
 * page that never finishes is given up), the most bytes read, and the most redirects followed.
 */
public record FetchLimits(Duration connect, Duration whole, long maxBytes, int maxRedirects) {
    /** 10 s to connect, 60 s for the page, 10 MB, 10 redirects. */
    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 10L * 1024 * 1024, 10);
}
