package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a quote to change; an empty field is left as it is. {@code clearSpeaker},
 * {@code clearMention} and {@code clearCue} remove those links; {@code eventIds}, when present,
 * replaces the quote's events. {@code fragments}, when present, replaces the quote's pieces (and its
 * span with theirs); a new {@code span} alone makes the quote one piece.
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
        Optional<String> annotator,
        Optional<List<Span>> fragments) {

    public QuoteChange {
        fragments = fragments.map(Fragments::of);
        if (fragments.isPresent()) {
            span = Optional.of(Fragments.covering(fragments.get()));
        }
    }

    /** A change that leaves the pieces alone, or makes the quote one piece when it moves {@code span}. */
    public QuoteChange(Optional<Span> span, Optional<QuoteKind> kind, Optional<QuoteStatus> status, Optional<Verdict> verdict,
            Optional<String> note, Optional<Long> speakerId, boolean clearSpeaker, Optional<Span> mention, boolean clearMention,
            Optional<Span> cue, boolean clearCue, Optional<List<Long>> eventIds, Optional<String> annotator) {
        this(span, kind, status, verdict, note, speakerId, clearSpeaker, mention, clearMention, cue, clearCue, eventIds,
                annotator, Optional.empty());
    }

    public static QuoteChange none() {
        return new QuoteChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), false, Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }

    public QuoteChange withKind(QuoteKind value) {
        return new QuoteChange(span, Optional.of(value), status, verdict, note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, annotator, fragments);
    }

    public QuoteChange withStatus(QuoteStatus value) {
        return new QuoteChange(span, kind, Optional.of(value), verdict, note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, annotator, fragments);
    }

    public QuoteChange withVerdict(Verdict value) {
        return new QuoteChange(span, kind, status, Optional.of(value), note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, annotator, fragments);
    }

    /** A blank note removes it. */
    public QuoteChange withNote(String value) {
        return new QuoteChange(span, kind, status, verdict, Optional.of(value), speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, annotator, fragments);
    }

    /** Sets the speaker, or removes it when empty. */
    public QuoteChange withSpeaker(Optional<Long> value) {
        return new QuoteChange(span, kind, status, verdict, note, value, value.isEmpty(), mention, clearMention,
                cue, clearCue, eventIds, annotator, fragments);
    }

    public QuoteChange withMention(Span value) {
        return new QuoteChange(span, kind, status, verdict, note, speakerId, clearSpeaker, Optional.of(value), false,
                cue, clearCue, eventIds, annotator, fragments);
    }

    public QuoteChange withCue(Span value) {
        return new QuoteChange(span, kind, status, verdict, note, speakerId, clearSpeaker, mention, clearMention,
                Optional.of(value), false, eventIds, annotator, fragments);
    }

    public QuoteChange withEvents(List<Long> value) {
        return new QuoteChange(span, kind, status, verdict, note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, Optional.of(List.copyOf(value)), annotator, fragments);
    }

    public QuoteChange withAnnotator(String value) {
        return new QuoteChange(span, kind, status, verdict, note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, Optional.of(value), fragments);
    }

    /** Makes the quote these pieces (its span becomes theirs). */
    public QuoteChange withFragments(List<Span> value) {
        return new QuoteChange(span, kind, status, verdict, note, speakerId, clearSpeaker, mention, clearMention,
                cue, clearCue, eventIds, annotator, Optional.of(value));
    }
    /**
     * Whether this change, made on {@code quote}, would leave it as it is: every field it sets already
     * has that value (a blank note where there is none, the same events in any order). An edit made on
     * an older revision that the stored quote already shows is no conflict: someone made the same change.
     */
    public boolean leaves(Quote quote) {
        List<Span> pieces = fragments.orElse(span.map(List::of).orElse(quote.fragments()));
        Optional<Long> speakerNow = quote.speaker().map(Speaker::id);
        return pieces.equals(quote.fragments())
                && kind.map(quote.kind()::equals).orElse(true)
                && status.map(quote.status()::equals).orElse(true)
                && verdict.map(quote.verdict()::equals).orElse(true)
                && note.map(n -> n.isBlank() ? quote.note().isEmpty() : quote.note().equals(Optional.of(n))).orElse(true)
                && (clearSpeaker ? speakerNow.isEmpty() : speakerId.map(id -> speakerNow.equals(Optional.of(id))).orElse(true))
                && (clearMention ? quote.mention().isEmpty() : mention.map(m -> quote.mention().equals(Optional.of(m))).orElse(true))
                && (clearCue ? quote.cue().isEmpty() : cue.map(c -> quote.cue().equals(Optional.of(c))).orElse(true))
                && eventIds.map(ids -> java.util.Set.copyOf(ids).equals(quote.events().stream().map(Event::id)
                        .collect(java.util.stream.Collectors.toSet()))).orElse(true)
                && annotator.map(a -> quote.annotator().equals(Optional.of(a))).orElse(true);
    }
}
