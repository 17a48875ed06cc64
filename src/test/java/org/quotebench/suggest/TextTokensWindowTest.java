package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A window cut from the text's tokens is exactly what tokenising that stretch afresh gives, wherever its ends fall. */
class TextTokensWindowTest {
    private static final String[] PIECES = {"Mr.", "Lund", "said", "U.S.", "don’t", "well-known", "A&B", "“", "”", ",", ".",
        " ", " ", "\n", "\n\n", "6\"", "😀", "é", "e\u0301", "Sen.", "J.", "x.y", "co-op", "—", "(D-Ore.)", "Ana", "42"};

    @Test
    void aWindowIsWhatTokenisingItGives() {
        Random random = new Random(11);
        int shared = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            TextTokens all = TextTokens.of(text);
            for (int w = 0; w < 20; w++) {
                int from = random.nextInt(text.length() + 4) - 2;
                int to = from + random.nextInt(text.length() + 2);
                List<Token> window = all.window(from, to);
                assertThat(shape(window)).as("[%d, %d) of %s", from, to, text).isEqualTo(shape(Tokens.of(text, from, to)));
                shared += !window.isEmpty() && all.within(Math.max(0, from), to).contains(window.get(0)) ? 1 : 0;
            }
        }
        assertThat(shared).as("windows taken from the text's own tokens").isGreaterThan(1000);
    }

    /** A long text whose later half of lines is cut on another core gives the same tokens and lines as one thread cutting it all. */
    @Test
    void aTextCutOnTwoThreadsIsCutAsOnOne() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 4_000) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            String text = b.toString();
            RankingAhead.Cores other = new RankingAhead.Cores(new RankingAheadTest.RunAtOnce(), 2, new java.util.concurrent.atomic.AtomicLong());
            TextTokens one = TextTokens.of(text);
            TextTokens two = TextTokens.of(text, other, true);
            assertThat(two.lines().stream().map(TextTokensWindowTest::shape).toList())
                    .isEqualTo(one.lines().stream().map(TextTokensWindowTest::shape).toList());
            assertThat(shape(two.within(0, text.length()))).isEqualTo(shape(one.within(0, text.length())));
            List<Token> tokens = one.within(0, text.length());
            for (int p = -1; p <= text.length() + 1; p++) {
                int expected = TextTokens.countBefore(tokens, Token::start, p); // a plain binary search over the starts
                assertThat(one.firstFrom(p)).as("first token from %d", p).isEqualTo(expected);
                assertThat(two.firstFrom(p)).as("first token from %d", p).isEqualTo(expected);
            }
            // the sentences, read on the other thread meanwhile, and what each token knows of them
            assertThat(two.sentences().all()).containsExactly(new SentenceStarts(text).all());
            for (int i = 0; i < tokens.size(); i++) {
                assertThat(two.sentenceStart(i)).isEqualTo(one.sentenceStart(i));
                assertThat(two.paragraphBefore(i)).isEqualTo(one.paragraphBefore(i));
                assertThat(two.sentencesBefore(i)).isEqualTo(one.sentencesBefore(i));
            }
        }
    }

    private static List<String> shape(List<Token> tokens) {
        return tokens.stream().map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
    }
}
