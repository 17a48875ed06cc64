package org.quotebench.suggest;

/** What a speaker phrase names: a person, an organisation, an unnamed source, or a pronoun to resolve. */
enum SpeakerType {
    PERSON, ORGANISATION, UNNAMED, PERSON_PRONOUN, GROUP_PRONOUN;

    /** The kind of speaker this names, as stored. */
    org.quotebench.core.SpeakerKind kind() {
        return switch (this) {
            case ORGANISATION -> org.quotebench.core.SpeakerKind.ORGANISATION;
            case UNNAMED -> org.quotebench.core.SpeakerKind.UNNAMED;
            case GROUP_PRONOUN -> org.quotebench.core.SpeakerKind.GROUP;
            case PERSON, PERSON_PRONOUN -> org.quotebench.core.SpeakerKind.PERSON;
        };
    }

    boolean isPronoun() {
        return this == PERSON_PRONOUN || this == GROUP_PRONOUN;
    }
}
