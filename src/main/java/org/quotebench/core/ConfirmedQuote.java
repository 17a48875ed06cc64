package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * A quote a person marked or accepted, as the quote finder learns from it: the quote's span, the
 * mention of its speaker when one is marked, and every name the speaker goes by (name and aliases).
 * Spans are Java string indices into the article's text.
 */
public record ConfirmedQuote(Span quote, Optional<Span> mention, List<String> speakerNames) {
    public ConfirmedQuote {
        speakerNames = List.copyOf(speakerNames);
    }
}
