package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void cuesAndPossessivesAreReadOnceAsTheWordListsAndTheTextSay() {
        String text = "Trump’s aides' Peskov's officials’ its s’ said Said according According so So told. ’s";
        for (Token t : Tokens.of(text, 0, text.length())) {
            String s = t.text();
            boolean possessive = s.endsWith("’s") || s.endsWith("'s") || s.endsWith("s’") || s.endsWith("s'");
            assertThat(t.possessive()).as("possessive %s", s).isEqualTo(possessive);
            boolean listed = t.isWord() && t.in(Lexical.CUE);
            boolean so = t.lower().equals("so");
            assertThat(t.cue(true)).as("cue after a quote %s", s).isEqualTo(t.isWord() && (so || listed));
            assertThat(t.cue(false)).as("cue %s", s).isEqualTo(listed && !so && (!t.isCapitalised() || t.lower().equals("according")));
        }
        Token said = Tokens.of("Said", 0, 4).get(0);
        assertThat(said.cue(true)).isTrue();
        assertThat(said.cue(false)).isFalse();
        assertThat(Tokens.of("So", 0, 2).get(0).cue(true)).isTrue();
        assertThat(Tokens.of("so", 0, 2).get(0).cue(false)).isFalse();
    }

    /** "Aa" and "BB" have the same String hash: one table keeps them apart, and gives every "Aa" the same word. */
    @Test
    void aTextsWordsAreMadeOncePerWordAndKeptApartWhenTheirHashesMeet() {
        String text = "Aa BB Aa said Said BB";
        List<Token> tokens = Tokens.of(text, 0, text.length());
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(tokens).extracting(Token::text).containsExactly("Aa", "BB", "Aa", "said", "Said", "BB");
        assertThat(tokens.get(0).text()).isSameAs(tokens.get(2).text());
        assertThat(tokens.get(1).text()).isSameAs(tokens.get(5).text());
        assertThat(tokens.get(0).text()).isNotSameAs(tokens.get(1).text());
        assertThat(tokens.get(4).lower()).isEqualTo("said");
        Words words = new Words();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append("w").append(i).append(' ');
        }
        for (int i = 0; i < 5000; i++) { // past several growths of the table
            String w = "w" + i;
            int at = many.indexOf(w + " ");
            assertThat(words.at(many.toString(), at, at + w.length()).text).isEqualTo(w);
        }
        int at = many.indexOf("w4321 ");
        assertThat(words.at(many.toString(), at, at + 5)).isSameAs(words.at("w4321", 0, 5));
    }

    /**
     * Found in review: words built to share a hash (blocks of "Aa" and "BB") all looked for each other in one
     * run of the table, so reading such a page grew with the square of its length. Past a few places a word is
     * made without being kept: every token still reads as written, and only the colliding words go unkept.
     */
    @Test
    void wordsMadeToShareAHashAreReadAsWrittenWithoutLookingLongForEachOther() {
        StringBuilder text = new StringBuilder();
        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < 512; i++) {
            StringBuilder w = new StringBuilder();
            for (int bit = 0; bit < 9; bit++) {
                w.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            written.add(w.toString());
            text.append(w).append(' ');
        }
        assertThat(written.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        Words words = new Words();
        List<Token> tokens = Tokens.of(text.toString(), 0, text.length(), words);
        assertThat(tokens).extracting(Token::text).isEqualTo(written);
        assertThat(words.unkept()).isEqualTo(512 - Words.MAX_PROBES); // kept: the first word and those found within 16 places
        assertThat(Tokens.of("said and said", 0, 13, words).get(0).text()).isSameAs(Tokens.of("said", 0, 4, words).get(0).text());
    }
}
