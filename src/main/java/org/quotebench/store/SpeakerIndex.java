package org.quotebench.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.Names;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;

/**
 * The workspace's speakers by every name they go by, for matching the quote finder's names while
 * suggestions are stored: names and aliases whatever their case, accents or spacing
 * ({@link Names#matchKey}), and people by surname when only one person has it. Read once per batch.
 */
final class SpeakerIndex {
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, List<Long>> bySurname = new HashMap<>();

    SpeakerIndex(List<Speaker> speakers) {
        speakers.forEach(this::add);
    }

    /** Adds a speaker (one just created): its name, its aliases and, for a person, its surname. */
    void add(Speaker speaker) {
        byName.putIfAbsent(Names.matchKey(speaker.name()), speaker.id());
        speaker.aliases().forEach(alias -> byName.putIfAbsent(Names.matchKey(alias), speaker.id()));
        String key = Names.matchKey(speaker.name());
        int space = key.lastIndexOf(' ');
        if (speaker.kind() == SpeakerKind.PERSON && space > 0) {
            bySurname.computeIfAbsent(key.substring(space + 1), k -> new ArrayList<>()).add(speaker.id());
        }
    }

    /** The speaker with this name or alias. */
    Optional<Long> named(String name) {
        return Optional.ofNullable(byName.get(Names.matchKey(name)));
    }

    /** The one person whose name ends in this single word ("Peskov" → Dmitry Peskov); none when two or more do. */
    Optional<Long> person(String surname) {
        String key = Names.matchKey(surname);
        List<Long> ids = key.contains(" ") ? List.of() : bySurname.getOrDefault(key, List.of());
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
