package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private static String show(List<WordDiff.Step> steps) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Step s : steps) {
            out.append(s.op()).append('[').append(String.join(" ", s.reference().stream().map(Words.Word::norm).toList())).append('|')
                    .append(String.join(" ", s.other().stream().map(Words.Word::norm).toList())).append("] ");
        }
        return out.toString().strip();
    }

    @Test
    void keptAddedDroppedAndChanged() {
        List<WordDiff.Step> steps = WordDiff.between(Words.of("“The bridge will be open by May.”"),
                Words.of("the bridge will surely be ready by May"));
        assertThat(show(steps)).isEqualTo("KEPT[the bridge will|the bridge will] ADDED[|surely] KEPT[be|be] CHANGED[open|ready] KEPT[by may|by may]");
        assertThat(WordDiff.differsInside(steps)).isTrue();
        assertThat(WordDiff.addsInside(steps)).isTrue();
    }

    @Test
    void wordsIgnoreCasePunctuationMarksEllipsesAndAccents() {
        assertThat(Words.of("«Renée's… BRIDGE!»").stream().map(Words.Word::norm).toList()).containsExactly("renees", "bridge");
        List<Words.Word> words = Words.of("🚢 “Open,” she said");
        assertThat(words.get(0).start()).isEqualTo(4); // Java index after the emoji and the mark
    }
}
