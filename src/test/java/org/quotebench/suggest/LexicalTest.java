package org.quotebench.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A word's bits answer exactly what its list would: the finder asks the bit where it once looked the
 * word up in the list, and must get the same answer for every word, listed or not.
 */
class LexicalTest {
    /** Each bit the finder reads in place of a list, with that list. */
    private static Map<Integer, Set<String>> listsByBit() {
        Map<Integer, Set<String>> lists = new LinkedHashMap<>();
        lists.put(Lexical.AUXILIARY, Lexicon.AUXILIARIES);
        lists.put(Lexical.ORGANISATION_HEAD, Lexicon.ORGANISATION_HEADS);
        lists.put(Lexical.POSSESSIVE_PRONOUN, CandidateFeatures.POSSESSIVE_PRONOUNS);
        lists.put(Lexical.BE, Lexicon.BE);
        lists.put(Lexical.VERB_WORD, CandidatePositions.VERB_WORDS);
        lists.put(Lexical.FOREIGN_DETERMINER, SpeakerPhrases.FOREIGN_DETERMINERS);
        lists.put(Lexical.CLAUSE_WORD, SpeakerPhrases.CLAUSE_WORDS);
        lists.put(Lexical.NAME_PARTICLE, SpeakerCandidates.NAME_PARTICLES);
        lists.put(Lexical.ROLE_PREPOSITION, SpeakerConstraints.PREPOSITIONS);
        return lists;
    }

    @Test
    void aWordHasEachBitExactlyWhenItsListHoldsIt() {
        Set<String> words = new TreeSet<>(Set.of("said", "mayor", "the", "ministerin", "über", "Beings", "", "de", "house"));
        listsByBit().values().forEach(words::addAll);
        Lexicon.TITLES.forEach(words::add);
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            int bits = Lexical.of(lower);
            for (Map.Entry<Integer, Set<String>> list : listsByBit().entrySet()) {
                assertEquals(list.getValue().contains(lower), (bits & list.getKey()) != 0, () -> "\"" + lower + "\" and bit " + list.getKey());
            }
            assertEquals(SpeakerPhrases.isTitle(lower), (bits & Lexical.TITLE) != 0, () -> "\"" + lower + "\" as a title");
        }
    }

    @Test
    void everyBitIsItsOwn() {
        int seen = 0;
        for (int bit : listsByBit().keySet()) {
            assertEquals(1, Integer.bitCount(bit), () -> "bit " + bit);
            assertEquals(0, seen & bit, () -> "bit " + bit + " given twice");
            seen |= bit;
        }
        assertEquals(0, seen & (Word.CUE_ELSEWHERE | Word.CUE_AFTER_QUOTE | Word.POSSESSIVE), "a list's bit is one the word keeps for itself");
    }
}
