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

    @Test
    void spacesAndWordCharactersAreReadAsTheJdkReadsThemForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Tokens.isSpace(ch)).as("space %04x", c).isEqualTo(Character.isWhitespace(ch) || Character.isSpaceChar(ch));
            assertThat(Tokens.isLetterOrDigit(ch)).as("letter or digit %04x", c).isEqualTo(Character.isLetterOrDigit(ch));
        }
    }
}
