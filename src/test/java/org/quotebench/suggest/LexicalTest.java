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
        lists.put(Lexical.OBJECT_CUE, CandidateFeatures.OBJECT_CUES);
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
    void everyBitIsItsOwn() throws IllegalAccessException {
        int seen = 0;
        int lists = 0;
        for (java.lang.reflect.Field field : Lexical.class.getDeclaredFields()) {
            if (field.getType() == int.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())
                    && java.lang.reflect.Modifier.isFinal(field.getModifiers()) && !field.getName().equals("KEPT")) {
                field.setAccessible(true);
                int bit = field.getInt(null);
                assertEquals(1, Integer.bitCount(bit), field.getName());
                assertEquals(0, seen & bit, () -> field.getName() + "'s bit is another list's too");
                seen |= bit;
                lists++;
            }
        }
        assertEquals(true, lists > listsByBit().size(), "every list's bit was read");
        int words = Word.CUE_ELSEWHERE | Word.CUE_AFTER_QUOTE | Word.POSSESSIVE | Word.ADVERB | Word.VERB_ENDING;
        assertEquals(0, seen & words, "a list's bit is one the word keeps for itself");
        assertEquals(5, Integer.bitCount(words), "the word's own bits are five");
    }

    @Test
    void aWordKnowsHowItEnds() {
        for (String text : java.util.List.of("widely", "Widely", "ably", "only", "fly", "later", "asked", "Asked", "red", "bled",
                "says", "is", "press", "census", "bus", "walls", "cued", "UNITED")) {
            Word word = new Word(text);
            String lower = word.lower;
            assertEquals(lower.endsWith("ly") && lower.length() > 4, (word.bits & Word.ADVERB) != 0, text);
            assertEquals(lower.length() > 3 && (lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")),
                    (word.bits & Word.VERB_ENDING) != 0, text);
        }
        assertEquals(Word.ADVERB, new Word("widely").bits & Word.ADVERB);
        assertEquals(0, new Word("only").bits & Word.ADVERB);
        assertEquals(Word.VERB_ENDING, new Word("asked").bits & Word.VERB_ENDING);
        assertEquals(0, new Word("press").bits & Word.VERB_ENDING);
    }
}
