package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void wordsKeepInnerApostrophesHyphensAndAbbreviationDots() {
        String text = "Sen. O’Brien-Smith (D-Wis.) said: it's U.S. policy.";
        assertThat(Tokens.of(text, 0, text.length())).extracting(Token::text).containsExactly("Sen.", "O’Brien-Smith", "(",
                "D-Wis", ".", ")", "said", ":", "it's", "U.S.", "policy", ".");
    }

    @Test
    void tokensCarryTheirPlaceInTheText() {
        String text = "xx Peskov said";
        Token t = Tokens.of(text, 3, text.length()).get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo("Peskov");
    }
}
