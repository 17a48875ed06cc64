package org.quotebench.suggest;

import java.util.Objects;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/**
 * A candidate quote: where it is, what kind, who said it (the full name as written in the article),
 * where that speaker is mentioned for this quote, the cue word, a confidence in 0..1 and the speaker's role.
 */
public record Suggestion(Span span, String text, QuoteKind kind, Optional<String> speaker, Optional<Span> mention,
        Optional<Span> cue, double confidence, Optional<String> role) {
    public Suggestion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(role, "role");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }
}
