package org.quotebench.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote the quote finder proposes: its span (Java indices), kind, the speaker's name as written
 * in full, where the speaker is named (mention) and the cue ("said"), and how sure the finder is (0..1).
 * A quote its attribution interrupts is proposed in pieces ({@code fragments}, as {@link Quote} has
 * them: span and text then run from the first piece to the last); one piece is [span].
 */
public record Suggestion(Span span, String text, QuoteKind kind, Optional<String> speaker, Optional<Span> mention,
        Optional<Span> cue, double confidence, Optional<String> role, Optional<SpeakerKind> speakerKind, List<Span> fragments) {
    /** A suggestion of one piece. */
    public Suggestion(Span span, String text, QuoteKind kind, Optional<String> speaker, Optional<Span> mention, Optional<Span> cue,
            double confidence, Optional<String> role, Optional<SpeakerKind> speakerKind) {
        this(span, text, kind, speaker, mention, cue, confidence, role, speakerKind, List.of(span));
    }

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
        fragments = Fragments.forSpan(fragments, span);
    }
}
