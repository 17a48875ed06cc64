package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 24: an article's language is guessed at import when the page does not say it. */
class LanguageGuessTest {
    @Test
    void theCommonWordsOfALanguageNameIt() {
        assertThat(LanguageGuess.of("👍🏽 The council voted for the bridge after a meeting that ran past midnight, and the mayor said "
                + "that it would be open by May. Opposition leader Tom Hale said the vote had been rushed and that the costs were not "
                + "clear to the members who voted for it.")).contains("en");
        assertThat(LanguageGuess.of("Der Stadtrat hat sich nach einer langen Sitzung für die Brücke entschieden. „Die Brücke wird im "
                + "Mai eröffnet“, sagte die Bürgermeisterin Rene\u0301e Okafor. Die Opposition kritisierte, dass die Kosten nicht "
                + "geklärt seien und dass der Rat zu schnell entschieden habe.")).contains("de");
        assertThat(LanguageGuess.of("Le conseil a voté pour le pont après une réunion qui a duré jusqu'à minuit. « Le pont sera "
                + "ouvert en mai », a déclaré la maire. Selon l'opposition, le vote a été précipité et les coûts ne sont pas clairs "
                + "pour les membres du conseil.")).contains("fr");
        assertThat(LanguageGuess.of("Городской совет проголосовал за мост после заседания, которое длилось до полуночи. "
                + "«Мост откроют в мае», — сказал мэр. По словам оппозиции, это было слишком быстро, и он не знает, как это "
                + "оплатить, но она и они так не думают.")).contains("ru");
    }

    @Test
    void aTextTooShortOrMixedGetsNoGuess() {
        assertThat(LanguageGuess.of("Harbour notes")).isEmpty();
        assertThat(LanguageGuess.of("12 345 678")).isEmpty();
    }
}
