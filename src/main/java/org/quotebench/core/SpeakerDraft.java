package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/** A speaker to be created. */
public record SpeakerDraft(
        String name,
        SpeakerKind kind,
        Optional<String> role,
        Optional<String> affiliation,
        Optional<String> description,
        Optional<WikidataId> wikidata,
        List<String> aliases) {

    /** Names are kept in Unicode's composed form (NFC), so that "Renée" typed with a combining accent is the same speaker. */
    public SpeakerDraft {
        name = Names.composed(Names.required(name, "A speaker"));
        aliases = aliases.stream().map(Names::composed).toList();
    }

    public static SpeakerDraft named(String name) {
        return new SpeakerDraft(name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** The speaker's fields as they are: the draft of a change that changes nothing. */
    public static SpeakerDraft of(Speaker speaker) {
        return new SpeakerDraft(speaker.name(), speaker.kind(), speaker.role(), speaker.affiliation(), speaker.description(),
                speaker.wikidata(), speaker.aliases());
    }
}
