package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * A stored quote: a span of an article's text attributed to a speaker, with the mention of the
 * speaker and the cue ("said") as spans of their own. Spans are Java string indices.
 */
public record Quote(
        long id,
        String uuid,
        long articleId,
        Span span,
        String exact,
        QuoteKind kind,
        QuoteStatus status,
        Verdict verdict,
        Optional<String> note,
        Optional<Speaker> speaker,
        Optional<Span> mention,
        Optional<Span> cue,
        List<Event> events,
        Optional<String> annotator,
        String createdAt,
        String updatedAt) {

    public Quote {
        events = List.copyOf(events);
    }
}
