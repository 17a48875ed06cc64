package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whether a change would leave a quote as it is: how an edit made on an older revision that someone
 * else already made the same way is told from one that would overwrite theirs (issue 25).
 */
class QuoteChangeTest {
    private static final Speaker OKAFOR = new Speaker(7, "u7", "Renée Okafor", SpeakerKind.PERSON, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    private static final Event VOTE = new Event(3, "e3", "Bridge vote", Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
    private static final Event OPENING = new Event(4, "e4", "Bridge opening", Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** A quote of two pieces, a speaker and mention, no cue, no note, two events, annotated by ana. */
    private static final Quote QUOTE = new Quote(1, "q1", 2, new Span(10, 60), "x".repeat(50), QuoteKind.DIRECT,
            QuoteStatus.ACCEPTED, Verdict.MISQUOTED, Optional.empty(), Optional.of(OKAFOR), Optional.of(new Span(0, 8)),
            Optional.empty(), List.of(VOTE, OPENING), Optional.of("ana"), "2026-12-01", "2026-12-02",
            List.of(new Span(10, 30), new Span(40, 60)));

    @Test
    void whatTheQuoteAlreadyHasLeavesItAsItIs() {
        assertThat(QuoteChange.none().leaves(QUOTE)).isTrue();
        assertThat(QuoteChange.none().withVerdict(Verdict.MISQUOTED).withKind(QuoteKind.DIRECT).withStatus(QuoteStatus.ACCEPTED)
                .leaves(QUOTE)).isTrue();
        assertThat(QuoteChange.none().withNote("  ").leaves(QUOTE)).as("a blank note is no note").isTrue();
        assertThat(QuoteChange.none().withEvents(List.of(4L, 3L)).leaves(QUOTE)).as("the same events in another order").isTrue();
        assertThat(QuoteChange.none().withSpeaker(Optional.of(7L)).withMention(new Span(0, 8)).leaves(QUOTE)).isTrue();
        assertThat(QuoteChange.none().withFragments(List.of(new Span(40, 60), new Span(10, 30))).leaves(QUOTE)).isTrue();
        assertThat(QuoteChange.none().withAnnotator("ana").leaves(QUOTE)).isTrue();
    }

    @Test
    void anythingElseChangesIt() {
        assertThat(QuoteChange.none().withVerdict(Verdict.ACCURATE).leaves(QUOTE)).isFalse();
        assertThat(QuoteChange.none().withNote("Cut short.").leaves(QUOTE)).isFalse();
        assertThat(QuoteChange.none().withEvents(List.of(3L)).leaves(QUOTE)).isFalse();
        assertThat(QuoteChange.none().withSpeaker(Optional.empty()).leaves(QUOTE)).as("taking the speaker away").isFalse();
        assertThat(QuoteChange.none().withSpeaker(Optional.of(8L)).leaves(QUOTE)).isFalse();
        assertThat(QuoteChange.none().withCue(new Span(9, 10)).leaves(QUOTE)).isFalse();
        assertThat(QuoteChange.none().withFragments(List.of(new Span(10, 60))).leaves(QUOTE)).as("one piece where there were two").isFalse();
        assertThat(QuoteChange.none().withAnnotator("ben").leaves(QUOTE)).isFalse();
    }
}
