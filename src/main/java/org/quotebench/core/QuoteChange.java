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
}
