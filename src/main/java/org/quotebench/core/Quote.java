package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * A stored quote: a span of an article's text attributed to a speaker, with the mention of the
 * speaker and the cue ("said") as spans of their own. Spans are Java string indices. A quote its
 * attribution interrupts has several {@code fragments} (see {@link Fragments}): {@code span} then runs
 * from the first piece's start to the last piece's end and {@code exact} is the article's text there,
 * the attribution between the pieces included; a quote of one piece has the fragments [span].
 * {@code revision} says how often it changed, and who changed it last (an edit on an older one is refused).
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
        String updatedAt,
        List<Span> fragments,
        Revision revision) {

    public Quote {
        events = List.copyOf(events);
        fragments = Fragments.forSpan(fragments, span);
    }

    /** A quote never changed since it was made (revision 1). */
    public Quote(long id, String uuid, long articleId, Span span, String exact, QuoteKind kind, QuoteStatus status,
            Verdict verdict, Optional<String> note, Optional<Speaker> speaker, Optional<Span> mention, Optional<Span> cue,
            List<Event> events, Optional<String> annotator, String createdAt, String updatedAt, List<Span> fragments) {
        this(id, uuid, articleId, span, exact, kind, status, verdict, note, speaker, mention, cue, events, annotator, createdAt,
                updatedAt, fragments, Revision.FIRST);
    }

    /** A quote of one piece. */
    public Quote(long id, String uuid, long articleId, Span span, String exact, QuoteKind kind, QuoteStatus status,
            Verdict verdict, Optional<String> note, Optional<Speaker> speaker, Optional<Span> mention, Optional<Span> cue,
            List<Event> events, Optional<String> annotator, String createdAt, String updatedAt) {
        this(id, uuid, articleId, span, exact, kind, status, verdict, note, speaker, mention, cue, events, annotator, createdAt,
                updatedAt, List.of(span));
    }

    /** The same quote at another revision. */
    public Quote withRevision(Revision next) {
        return new Quote(id, uuid, articleId, span, exact, kind, status, verdict, note, speaker, mention, cue, events, annotator,
                createdAt, updatedAt, fragments, next);
    }

    /** Whether the quote has more than one piece. */
    public boolean inPieces() {
        return fragments.size() > 1;
    }

    /** The text of piece {@code i}. */
    public String fragmentText(int i) {
        Span piece = fragments.get(i);
        return exact.substring(piece.start() - span.start(), piece.end() - span.start());
    }

    /** The quoted words alone: the pieces' texts with {@link Fragments#GAP} between them (the exact text for one piece). */
    public String words() {
        return Fragments.words(fragments, exact);
    }
}
