package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndirectQuotesTest {
    private static String content(String text) {
        return IndirectQuotes.in(TextTokens.of(text), 0, text.length()).map(f -> text.substring(f.content().start(), f.content().end()))
                .orElse("-");
    }

    @Test
    void reportedSpeechPatterns() {
        assertThat(content("Peskov said on Tuesday that the talks would resume next week."))
                .isEqualTo("the talks would resume next week");
        assertThat(content("The bridge will reopen on Friday, the ministry said.")).isEqualTo("The bridge will reopen on Friday");
        assertThat(content("According to witnesses, the crane toppled after a gust of wind."))
                .isEqualTo("the crane toppled after a gust of wind");
        assertThat(content("OSLAND (Northwire) - Flooding closed the coastal road again, the roads agency said."))
                .isEqualTo("Flooding closed the coastal road again");
    }

    @Test
    void noSpeakerNoIndirectQuote() {
        assertThat(content("The weather said nothing about the road closures ahead.")).isEqualTo("-");
        assertThat(content("The building firm, Hale Construction, said it was helping investigators.")).isEqualTo("-");
    }

    @Test
    void aNameAfterTheRoleIsPartOfWhoSaysNotOfWhatIsSaid() {
        String text = "According to the harbour master, Ines Varga, the old ferry will keep running until the bridge opens.";
        IndirectQuotes.Found f = IndirectQuotes.in(TextTokens.of(text), 0, text.length()).orElseThrow();
        assertThat(text.substring(f.content().start(), f.content().end())).isEqualTo("the old ferry will keep running until the bridge opens");
        assertThat(f.attribution().mention().name()).isEqualTo("Ines Varga");
    }
}
