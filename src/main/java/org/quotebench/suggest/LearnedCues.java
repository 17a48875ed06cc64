package org.quotebench.suggest;

import java.util.HashSet;
import java.util.Set;
import org.quotebench.core.BundledText;

/**
 * Cue words learned from a training corpus's Cue spans (the verbs annotators marked as introducing a
 * quotation), beyond the hand-written list: {@code learned-cues.txt} in the jar, "# " lines saying how
 * it was made, then one lower-case word a line. Written by {@code exec:java@learn-cues}; empty without it.
 */
final class LearnedCues {
    static final String RESOURCE = "/org/quotebench/suggest/learned-cues.txt";
    static final Set<String> WORDS = read();

    private LearnedCues() {
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>();
        BundledText.read(RESOURCE).ifPresent(text -> {
            for (String line : text.split("\\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        });
        return Set.copyOf(words);
    }
}
