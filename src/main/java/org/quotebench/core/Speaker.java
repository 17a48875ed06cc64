package org.quotebench.core;

import java.util.List;
import java.util.Optional;

/** A person, organisation, group or unnamed source that quotes are attributed to. */
public record Speaker(
        long id,
        String uuid,
        String name,
        SpeakerKind kind,
        Optional<String> role,
        Optional<String> affiliation,
        Optional<String> description,
        Optional<WikidataId> wikidata,
        List<String> aliases) {

    public Speaker {
        aliases = List.copyOf(aliases);
    }
}
