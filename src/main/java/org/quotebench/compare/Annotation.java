package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * One annotator's quote of an article, as agreement sees it; {@code pieces} are its pieces ([span] for
 * one), and two quotes agree exactly on their place only when their pieces are the same.
 */
public record Annotation(Span span, Optional<String> speaker, Optional<Span> mention, QuoteKind kind, Verdict verdict,
        java.util.List<Span> pieces) {
    /** A quote of one piece. */
    public Annotation(Span span, Optional<String> speaker, Optional<Span> mention, QuoteKind kind, Verdict verdict) {
        this(span, speaker, mention, kind, verdict, java.util.List.of(span));
    }

    /** Quotes of an article with this text as agreement sees them (rejected suggestions left out), in code points. */
    public static java.util.List<Annotation> of(java.util.List<org.quotebench.core.Quote> quotes, String text) {
        org.quotebench.core.CodePointIndex index = new org.quotebench.core.CodePointIndex(text);
        return quotes.stream().filter(q -> q.status() != org.quotebench.core.QuoteStatus.REJECTED)
                .map(q -> new Annotation(codePoints(index, q.span()), q.speaker().map(org.quotebench.core.Speaker::name),
                        q.mention().map(m -> codePoints(index, m)), q.kind(), q.verdict(),
                        q.fragments().stream().map(f -> codePoints(index, f)).toList())).toList();
    }

    private static Span codePoints(org.quotebench.core.CodePointIndex index, Span span) {
        return new Span(index.toCodePoint(span.start()), index.toCodePoint(span.end()));
    }
}
