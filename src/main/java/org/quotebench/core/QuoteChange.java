package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a quote to change; an empty field is left as it is. {@code clearSpeaker},
 * {@code clearMention} and {@code clearCue} remove those links; {@code eventIds}, when present,
 * replaces the quote's events.
 */
public record QuoteChange(
        Optional<Span> span,
        Optional<QuoteKind> kind,
        Optional<QuoteStatus> status,
        Optional<Verdict> verdict,
        Optional<String> note,
        Optional<Long> speakerId,
        boolean clearSpeaker,
        Optional<Span> mention,
        boolean clearMention,
        Optional<Span> cue,
        boolean clearCue,
        Optional<List<Long>> eventIds,
        Optional<String> annotator) {

    public static QuoteChange none() {
        return new QuoteChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), false, Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }
}
