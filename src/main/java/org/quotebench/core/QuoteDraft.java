package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * A quote to be created, with its speaker and events already resolved to ids. Spans are Java indices.
 * {@code expectedText}, when given, must equal the quote's words (the pieces' texts joined as
 * {@link Fragments#words} joins them; the article's text at the span for a quote of one piece) or the
 * quote is refused. {@code fragments} are its pieces ({@link Quote}), [span] for one piece.
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
        Optional<String> expectedText,
        List<Span> fragments) {

    public QuoteDraft {
        if (span.length() == 0) {
            throw new QuotebenchException("A quote cannot be empty (start equals end).");
        }
        eventIds = List.copyOf(eventIds);
        fragments = Fragments.forSpan(fragments, span);
    }

    /** A quote of one piece. */
    public QuoteDraft(long articleId, Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> note,
            Optional<Long> speakerId, Optional<Span> mention, Optional<Span> cue, List<Long> eventIds,
            Optional<String> annotator, Optional<String> expectedText) {
        this(articleId, span, kind, status, verdict, note, speakerId, mention, cue, eventIds, annotator, expectedText,
                List.of(span));
    }

    /** The same draft covering these pieces (its span becomes theirs). */
    public QuoteDraft withFragments(List<Span> pieces) {
        List<Span> checked = Fragments.of(pieces);
        return new QuoteDraft(articleId, Fragments.covering(checked), kind, status, verdict, note, speakerId, mention, cue,
                eventIds, annotator, expectedText, checked);
    }
}
