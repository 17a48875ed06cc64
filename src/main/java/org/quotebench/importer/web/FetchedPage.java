package org.quotebench.importer.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Optional;

/**
 * A web page as the server sent it: the address asked for, the one it came from after redirects,
 * the HTTP status, the media type and charset of its Content-Type, its bytes and when it came.
 */
public record FetchedPage(URI asked, URI from, int status, String mediaType, Optional<Charset> charset, byte[] body,
        Instant fetchedAt) {
}
