package org.quotebench.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A quote the quote finder proposes: its span (Java indices), kind, the speaker's name as written
 * in full, where the speaker is named (mention) and the cue ("said"), and how sure the finder is (0..1).
 */
public record Suggestion(Span span, String text, QuoteKind kind, Optional<String> speaker, Optional<Span> mention,
        Optional<Span> cue, double confidence, Optional<String> role, Optional<SpeakerKind> speakerKind) {
    /** A suggestion whose speaker's kind is not known. */
    public Suggestion(Span span, String text, QuoteKind kind, Optional<String> speaker, Optional<Span> mention, Optional<Span> cue,
            double confidence, Optional<String> role) {
        this(span, text, kind, speaker, mention, cue, confidence, role, Optional.empty());
    }

    public Suggestion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(speakerKind, "speakerKind");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }
}
