package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of a text's tokens read from its array is the same list as the tokens cut from that stretch. */
class TokenRangeTest {
    private static final String TEXT = "🚢 Cafe\u0301 owners said: “We lose most.”\nThe mayor disagreed.";

    @Test
    void everyRunOfTheTextsTokensIsTheListOfThoseTokens() {
        TextTokens tokens = TextTokens.of(TEXT);
        List<Token> all = Tokens.of(TEXT, 0, TEXT.length());
        for (int from = 0; from <= all.size(); from++) {
            for (int to = from; to <= all.size(); to++) {
                List<Token> run = tokens.range(from, to);
                assertThat(run).hasSize(to - from);
                for (int i = 0; i < run.size(); i++) {
                    assertThat(run.get(i).start()).isEqualTo(all.get(from + i).start());
                    assertThat(run.get(i).text()).isEqualTo(all.get(from + i).text());
                }
                if (to - from >= 2) {
                    assertThat(run.subList(1, run.size()).get(0)).isSameAs(run.get(1));
                }
            }
        }
    }

    @Test
    void aRunIsReadOnlyAndRefusesPlacesOutsideIt() {
        List<Token> run = TextTokens.of(TEXT).range(2, 5);
        assertThatThrownBy(() -> run.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.subList(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.set(0, run.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TextTokens.of(TEXT).range(0, 1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void twoRunsReadAsOneListAndEverySubListOfThem() {
        TextTokens tokens = TextTokens.of(TEXT);
        List<Token> all = Tokens.of(TEXT, 0, TEXT.length());
        int n = all.size();
        // the tokens before a quote and after it, as a quote window has them: [1, 4) and [7, n - 1)
        List<Token> window = tokens.window(1, 4, 7, n - 1);
        List<Token> expected = new java.util.ArrayList<>(all.subList(1, 4));
        expected.addAll(all.subList(7, n - 1));
        assertThat(window).hasSize(expected.size());
        for (int a = 0; a <= expected.size(); a++) {
            for (int b = a; b <= expected.size(); b++) {
                List<Token> part = window.subList(a, b);
                assertThat(part).isInstanceOf(TokenRange.class);
                assertThat(part).hasSize(b - a);
                for (int i = 0; i < part.size(); i++) {
                    assertThat(part.get(i).start()).isEqualTo(expected.get(a + i).start());
                }
                assertThatThrownBy(() -> part.get(part.size())).isInstanceOf(IndexOutOfBoundsException.class);
            }
        }
    }
}
