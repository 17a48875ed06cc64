package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentence starts found in one pass answer as asking {@link Sentences#startsAt} at every place would. */
class SentenceStartsTest {
    private static final String TEXT = "😀 Café\u0301 owner Ana Ruiz said: “We stay.” Then she left.\n\n"
            + "Sen. Jane Roe met Mr. J. Smith in the U.S. capital! Did they? “Yes.” (A note.) — Next…\u00a0Last\n"
            + "  indented line. 12 people came.";

    @Test
    void startsAreWhereSentencesStartAtEveryPlace() {
        SentenceStarts starts = new SentenceStarts(TEXT);
        for (int p = -1; p <= TEXT.length() + 1; p++) {
            assertThat(starts.at(p)).as("at %d", p).isEqualTo(Sentences.startsAt(TEXT, p));
        }
        assertThat(starts.all()).contains(0, TEXT.indexOf("Then"), TEXT.indexOf("Sen."), TEXT.indexOf("Did"),
                TEXT.indexOf("  indented") , TEXT.indexOf("12"));
        assertThat(starts.all()).doesNotContain(TEXT.indexOf("Jane"), TEXT.indexOf("Smith"), TEXT.indexOf("capital"));
    }

    @Test
    void theSentenceBeforeAndItsEndAreFoundFromAnyPlaceWithinBounds() {
        SentenceStarts starts = new SentenceStarts(TEXT);
        for (int i = 0; i <= TEXT.length(); i++) {
            for (int bound : new int[] {-1, 0, 5, i - 30, i - 1}) {
                assertThat(starts.before(i, bound)).as("before %d from %d", i, bound).isEqualTo(startBefore(i, bound));
            }
            for (int ceiling : new int[] {i + 1, i + 20, TEXT.length(), TEXT.length() + 5}) {
                assertThat(starts.endAfter(i, ceiling)).as("end after %d to %d", i, ceiling).isEqualTo(endAfter(i, ceiling));
            }
        }
    }

    @Test
    void anEmptyTextHasOneStartAndNoSentenceToEnd() {
        SentenceStarts starts = new SentenceStarts("");
        assertThat(starts.all()).containsExactly(0);
        assertThat(starts.before(0, -1)).isZero();
        assertThat(starts.endAfter(0, 10)).isZero();
    }

    /** The definition: look back one place at a time. */
    private static int startBefore(int i, int floor) {
        for (int p = Math.min(i, TEXT.length()); p > floor; p--) {
            if (Sentences.startsAt(TEXT, p)) {
                return p;
            }
        }
        return floor;
    }

    private static int endAfter(int i, int ceiling) {
        int limit = Math.min(ceiling, TEXT.length());
        for (int p = i + 1; p < limit; p++) {
            if (Sentences.startsAt(TEXT, p)) {
                int e = p;
                while (e > i && Tokens.isSpace(TEXT.charAt(e - 1))) {
                    e--;
                }
                return e;
            }
        }
        return limit;
    }
}
