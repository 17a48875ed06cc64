package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * A quote to be created, with its speaker and events already resolved to ids. Spans are Java indices.
 * {@code expectedText}, when given, must equal the article's text at the span or the quote is refused.
 */
public record QuoteDraft(
        long articleId,
        Span span,
        QuoteKind kind,
        QuoteStatus status,
        Verdict verdict,
        Optional<String> note,
        Optional<Long> speakerId,
        Optional<Span> mention,
        Optional<Span> cue,
        List<Long> eventIds,
        Optional<String> annotator,
        Optional<String> expectedText) {

    public QuoteDraft {
        if (span.length() == 0) {
            throw new QuotebenchException("A quote cannot be empty (start equals end).");
        }
        eventIds = List.copyOf(eventIds);
    }
}
