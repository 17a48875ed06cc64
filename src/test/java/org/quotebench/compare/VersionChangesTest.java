package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** Issue 23: the word differences between two versions of a page, and the quotes in changed passages. */
class VersionChangesTest {
    // an emoji and a combining accent before everything
    static final String BEFORE = "👍🏽 Ferry crews stay out\n\nThe crews did not sail at Cafe\u0301 Pier on Monday.\n\n"
            + "“We stay out,” union leader Yusuf Demir said.\n\n“The owners know why,” he added.\n\nTalks resume on Friday.\n";
    static final String AFTER = "👍🏽 Ferry crews stay out, talks set\n\nThe crews did not sail at Cafe\u0301 Pier on Monday.\n\n"
            + "“We stay out until Friday,” union leader Yusuf Demir said.\n\nTalks resume on Friday.\n";

    private static Quote quote(long id, String words) {
        int start = BEFORE.indexOf(words);
        Span span = new Span(start, start + words.length());
        return new Quote(id, "u" + id, 1, span, words, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), "t", "t");
    }

    @Test
    void wordsAddedDroppedAndChangedAreFoundAndQuotesInThemNamed() {
        VersionChanges changes = VersionChanges.between(BEFORE, AFTER);
        List<String> described = changes.changes().stream().map(c -> c.op() + " [" + BEFORE.substring(c.before().start(),
                c.before().end()) + "] → [" + AFTER.substring(c.after().start(), c.after().end()) + "]").toList();
        assertThat(described).containsExactly("ADDED [] → [talks set]", "ADDED [] → [until Friday]",
                "DROPPED [The owners know why,” he added] → []");

        Quote unchanged = quote(1, "The crews did not sail");
        Quote altered = quote(2, "“We stay out,”");
        Quote gone = quote(3, "“The owners know why,”");
        List<VersionChanges.QuoteInChange> touched = changes.quotes(List.of(unchanged, altered, gone));
        assertThat(touched).extracting(q -> q.quote().id()).containsExactly(2L, 3L);
        VersionChanges.QuoteInChange first = touched.get(0);
        assertThat(first.missing()).isFalse();
        assertThat(first.now().map(r -> AFTER.substring(r.start(), r.end()))).contains("We stay out until Friday");
        assertThat(touched.get(1).missing()).isTrue();
        assertThat(touched.get(1).now()).isEmpty();
    }

    @Test
    void theSameTextHasNoChanges() {
        assertThat(VersionChanges.between(BEFORE, BEFORE).changes()).isEmpty();
        assertThat(VersionChanges.between(BEFORE, BEFORE).quotes(List.of(quote(1, "“We stay out,”")))).isEmpty();
    }

    @Test
    void anAddedOrDroppedParagraphIsPlacedWhereItStandsNotAtTheStart() {
        // found in review: a run with no paragraph on one side started at offset 0
        String before = "👍🏽 First paragraph.\n\nLast paragraph.\n";
        String after = "👍🏽 First paragraph.\n\nA new middle paragraph.\n\nLast paragraph.\n";
        VersionChanges.Change added = VersionChanges.between(before, after).changes().get(0);
        assertThat(added.op()).isEqualTo(WordDiff.Op.ADDED);
        assertThat(after.substring(added.after().start(), added.after().end())).isEqualTo("A new middle paragraph");
        assertThat(added.before().start()).isEqualTo(before.indexOf("First paragraph.") + "First paragraph.".length());
        VersionChanges.Change dropped = VersionChanges.between(after, before).changes().get(0);
        assertThat(dropped.op()).isEqualTo(WordDiff.Op.DROPPED);
        assertThat(dropped.after().start()).isEqualTo(before.indexOf("First paragraph.") + "First paragraph.".length());
    }
}
