package org.quotebench.suggest;

/**
 * The word lists a token belongs to, as bits, so that the ranker's many questions about the words
 * around a quote cost one lookup per token and text rather than one per question.
 */
final class Lexical {
    static final int CUE = 1;
    static final int AUXILIARY = 1 << 1;
    static final int TITLE = 1 << 2;
    static final int SPEAKER_NOUN = 1 << 3;
    static final int DOCUMENT = 1 << 4;
    static final int NOT_NAME = 1 << 5;
    static final int PRONOUN = 1 << 6;
    static final int RELATIVE = 1 << 7;
    static final int FUNCTION_WORD = 1 << 8;
    static final int PERSON_PRONOUN = 1 << 9;
    static final int GROUP_PRONOUN = 1 << 10;
    static final int PREPOSITION = 1 << 11;
    static final int DETERMINER = 1 << 12;
    static final int ORGANISATION_HEAD = 1 << 13;
    static final int SPEAKER_ADJECTIVE = 1 << 14;
    /** Exactly the listed titles ({@link #TITLE} also holds words ending in one, such as Finanzministerin). */
    static final int LISTED_TITLE = 1 << 15;
    /** Exactly the listed speech verbs ({@link #CUE} also holds "according"). */
    static final int LISTED_CUE = 1 << 16;
    static final int CONNECTOR = 1 << 17;
    static final int PLAIN_CUE = 1 << 18;
    /** His, her, their, its, our, my. */
    static final int POSSESSIVE_PRONOUN = 1 << 19;
    /** The forms of "to be". */
    static final int BE = 1 << 20;
    /** Words that, after a phrase, show it is a verb's subject ({@link CandidatePositions}). */
    static final int VERB_WORD = 1 << 21;
    /** Determiners in the languages the finder reads ({@link SpeakerPhrases#isDeterminer}). */
    static final int FOREIGN_DETERMINER = 1 << 22;
    /** Words that open a clause rather than go on with a name ({@link SpeakerPhrases#CLAUSE_WORDS}). */
    static final int CLAUSE_WORD = 1 << 23;
    /** Of, de, van, von and the like, inside a name. */
    static final int NAME_PARTICLE = 1 << 24;
    /** The prepositions after which a place or body completes a person's role ({@link SpeakerConstraints}). */
    static final int ROLE_PREPOSITION = 1 << 25;
    /** Cues whose object is spoken to or of ("told", "asked", "accused"), not the speaker ({@link CandidateFeatures}). */
    static final int OBJECT_CUE = 1 << 31; // bits 26 to 30 are the word's own (Word)

    private Lexical() {
    }

    /** Words already read, with their bits: most words of news recur, and a title's ending costs a dozen looks. */
    private static final java.util.Map<String, Integer> READ = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many words {@link #READ} keeps at most, so that no text makes it grow without end. */
    private static final int KEPT = 50_000;

    /** The bits of a lower-case word: one lookup for a word seen before. */
    static int of(String lower) {
        Integer known = READ.get(lower);
        if (known != null) {
            return known;
        }
        int flags = read(lower);
        if (READ.size() < KEPT) {
            READ.put(lower, flags);
        }
        return flags;
    }

    /** The bits of a lower-case word: one table lookup, and a look at its ending for titles ("…minister"). */
    private static int read(String lower) {
        Integer listed = Table.FLAGS.get(lower);
        int flags = listed == null ? 0 : listed;
        if ((flags & TITLE) == 0 && SpeakerPhrases.isTitle(lower)) {
            flags |= TITLE;
        }
        if (lower.equals("according")) {
            flags |= CUE;
        }
        return flags;
    }

    /** Every listed word with all its bits, built once (a holder: the lists live in classes that use this one). */
    private static final class Table {
        static final java.util.Map<String, Integer> FLAGS = build();

        private static java.util.Map<String, Integer> build() {
            java.util.Map<String, Integer> flags = new java.util.HashMap<>();
            put(flags, Lexicon.CUES, CUE);
            put(flags, Lexicon.AUXILIARIES, AUXILIARY);
            put(flags, Lexicon.TITLES, TITLE);
            put(flags, Lexicon.SPEAKER_NOUNS, SPEAKER_NOUN);
            put(flags, SpeakerCandidates.DOCUMENTS, DOCUMENT);
            put(flags, Lexicon.NOT_NAMES, NOT_NAME);
            put(flags, SpeakerCandidates.PRONOUNS, PRONOUN);
            put(flags, SpeakerCandidates.RELATIVES, RELATIVE);
            put(flags, SpeakerCandidates.FUNCTION_WORDS, FUNCTION_WORD);
            put(flags, Lexicon.PERSON_PRONOUNS, PERSON_PRONOUN);
            put(flags, Lexicon.GROUP_PRONOUNS, GROUP_PRONOUN);
            put(flags, SpeakerCandidates.PREPOSITIONS, PREPOSITION);
            put(flags, SpeakerCandidates.NOUN_DETERMINERS, DETERMINER);
            put(flags, Lexicon.ORGANISATION_HEADS, ORGANISATION_HEAD);
            put(flags, Lexicon.SPEAKER_ADJECTIVES, SPEAKER_ADJECTIVE);
            put(flags, Lexicon.TITLES, LISTED_TITLE);
            put(flags, Lexicon.CUES, LISTED_CUE);
            put(flags, Lexicon.CONNECTORS, CONNECTOR);
            put(flags, Lexicon.PLAIN_CUES, PLAIN_CUE);
            put(flags, CandidateFeatures.POSSESSIVE_PRONOUNS, POSSESSIVE_PRONOUN);
            put(flags, Lexicon.BE, BE);
            put(flags, CandidatePositions.VERB_WORDS, VERB_WORD);
            put(flags, SpeakerPhrases.FOREIGN_DETERMINERS, FOREIGN_DETERMINER);
            put(flags, SpeakerPhrases.CLAUSE_WORDS, CLAUSE_WORD);
            put(flags, SpeakerCandidates.NAME_PARTICLES, NAME_PARTICLE);
            put(flags, SpeakerConstraints.PREPOSITIONS, ROLE_PREPOSITION);
            put(flags, CandidateFeatures.OBJECT_CUES, OBJECT_CUE);
            return java.util.Map.copyOf(flags);
        }

        private static void put(java.util.Map<String, Integer> flags, java.util.Set<String> words, int flag) {
            for (String word : words) {
                flags.merge(word, flag, (a, b) -> a | b);
            }
        }
    }

}
