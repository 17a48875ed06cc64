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

    private Lexical() {
    }

    static int of(String lower) {
        return bit(Lexicon.CUES.contains(lower) || lower.equals("according"), CUE)
                | bit(Lexicon.AUXILIARIES.contains(lower), AUXILIARY)
                | bit(SpeakerPhrases.isTitle(lower), TITLE)
                | bit(Lexicon.SPEAKER_NOUNS.contains(lower), SPEAKER_NOUN)
                | bit(SpeakerCandidates.DOCUMENTS.contains(lower), DOCUMENT)
                | bit(Lexicon.NOT_NAMES.contains(lower), NOT_NAME)
                | bit(SpeakerCandidates.PRONOUNS.contains(lower), PRONOUN)
                | bit(SpeakerCandidates.RELATIVES.contains(lower), RELATIVE)
                | bit(SpeakerCandidates.FUNCTION_WORDS.contains(lower), FUNCTION_WORD)
                | bit(Lexicon.PERSON_PRONOUNS.contains(lower), PERSON_PRONOUN)
                | bit(Lexicon.GROUP_PRONOUNS.contains(lower), GROUP_PRONOUN)
                | bit(SpeakerCandidates.PREPOSITIONS.contains(lower), PREPOSITION)
                | bit(SpeakerCandidates.NOUN_DETERMINERS.contains(lower), DETERMINER)
                | bit(Lexicon.ORGANISATION_HEADS.contains(lower), ORGANISATION_HEAD)
                | bit(Lexicon.SPEAKER_ADJECTIVES.contains(lower), SPEAKER_ADJECTIVE);
    }

    private static int bit(boolean set, int flag) {
        return set ? flag : 0;
    }
}
