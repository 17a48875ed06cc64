package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

class ElsewhereTest {
    private static final String QUOTE = "“The bridge will be open to traffic by May, and not a day later,”";

    private static List<String> found(String text) {
        return Elsewhere.in(QUOTE, text).stream().map((Span s) -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void theSameWordsWithSmallDifferencesAreFound() {
        assertThat(found("🚢 The mayor said: «the Bridge will be open to all traffic by May and not one day later.» Then she left."))
                .containsExactly("the Bridge will be open to all traffic by May and not one day later");
        assertThat(found("She promised it \"will be open to traffic by May\" once again.")).containsExactly("will be open to traffic by May");
        // Words of the quote just before the match (a headline) do not pull its start forward.
        assertThat(found("Bridge by May\n\nThe mayor told the crowd the bridge would be open to traffic by May, again."))
                .containsExactly("the bridge would be open to traffic by May");
    }

    @Test
    void otherWordsAreNotFound() {
        assertThat(found("The ferry will keep running until the bridge opens, the harbour master said.")).isEmpty();
        assertThat(Elsewhere.in("“by May”", "The bridge opens by May.")).isEmpty(); // too short to tell
    }
}
