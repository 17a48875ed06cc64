package org.quotebench.suggest;

/** What a speaker phrase names: a person, an organisation, an unnamed source, or a pronoun to resolve. */
enum SpeakerType {
    PERSON, ORGANISATION, UNNAMED, PERSON_PRONOUN, GROUP_PRONOUN;

    boolean isPronoun() {
        return this == PERSON_PRONOUN || this == GROUP_PRONOUN;
    }
}
