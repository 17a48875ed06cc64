package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;

/** The ranker's view of a text in tests: every quote's window and its candidates' features, as the finder reads them. */
final class Windows {
    /** One quote's window and the features of its candidates. */
    record Seen(QuoteWindow window, int[][] features) {
        /** The candidate whose words are exactly {@code words}; fails the test when there is none. */
        int index(String words) {
            for (int k = 0; k < window.candidates().size(); k++) {
                if (words(k).equals(words)) {
                    return k;
                }
            }
            throw new AssertionError("no candidate \"" + words + "\" among " + texts());
        }

        String words(int k) {
            return window.candidates().get(k).span().textIn(window.text());
        }

        List<String> texts() {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < window.candidates().size(); k++) {
                out.add(words(k));
            }
            return out;
        }

        SpeakerCandidate candidate(String words) {
            return window.candidates().get(index(words));
        }

        int[] featuresOf(String words) {
            return features[index(words)];
        }
    }

    private Windows() {
    }

    /** The windows of every quote in marks the finder keeps, read with the rules choosing speakers. */
    static List<Seen> of(String text) {
        List<Seen> seen = new ArrayList<>();
        QuoteFinder.rulesOnly().find(text, (quote, window, features, german) -> seen.add(new Seen(window, features)));
        return seen;
    }
}
