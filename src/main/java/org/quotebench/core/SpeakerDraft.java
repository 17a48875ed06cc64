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

    public SpeakerDraft {
        name = Names.required(name, "A speaker");
        aliases = List.copyOf(aliases);
    }

    public static SpeakerDraft named(String name) {
        return new SpeakerDraft(name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
