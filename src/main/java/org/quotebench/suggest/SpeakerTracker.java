package org.quotebench.suggest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is speaking as an article is read from top to bottom: resolves a surname to the full name,
 * he/she to the last person quoted, they/it to the last group, and remembers each speaker's role.
 * One instance per article; not shared between threads.
 */
final class SpeakerTracker {
    /** A speaker as resolved: the full name (or the phrase for an unnamed source) and a role. */
    record Resolved(String name, Optional<String> role, SpeakerType type) {
    }

    private final NameBook names;
    private final Map<String, String> roles = new HashMap<>();
    private Resolved lastPerson;
    private int lastPersonAt = -1;
    private Resolved lastGroup;
    private Resolved last;

    SpeakerTracker(NameBook names) {
        this.names = names;
    }

    Optional<Resolved> resolve(Mention mention, int position) {
        Resolved resolved = switch (mention.type()) {
            case PERSON -> {
                String full = names.fullName(mention.name(), position);
                mention.role().or(() -> names.roleOf(full)).ifPresent(r -> roles.putIfAbsent(full, r));
                yield new Resolved(full, Optional.ofNullable(roles.get(full)), SpeakerType.PERSON);
            }
            case ORGANISATION, UNNAMED -> new Resolved(earlierGroup(mention.name()), mention.role(), mention.type());
            case PERSON_PRONOUN -> person(position);
            case GROUP_PRONOUN -> lastGroup != null ? lastGroup : last;
        };
        if (resolved == null) {
            return Optional.empty();
        }
        remember(resolved);
        if (resolved.type() == SpeakerType.PERSON) {
            lastPersonAt = Math.max(lastPersonAt, position);
        }
        return Optional.of(resolved);
    }

    /**
     * He or she: the last person quoted, unless a person named at the start of a later sentence came
     * in between ("Committee chair Peter Lambe was unconvinced. “…,” he said.").
     */
    private Resolved person(int position) {
        Optional<Map.Entry<Integer, String>> subject = names.lastSubjectBefore(position);
        if (subject.isPresent() && (lastPerson == null || subject.get().getKey() > lastPersonAt)) {
            String n = subject.get().getValue();
            return new Resolved(n, Optional.ofNullable(roles.get(n)), SpeakerType.PERSON);
        }
        if (lastPerson != null) {
            return lastPerson;
        }
        return names.lastBefore(position).map(n -> new Resolved(n, Optional.ofNullable(roles.get(n)), SpeakerType.PERSON))
                .orElse(null);
    }

    /** "the ministry" after "the Merovian interior ministry": the fuller name given before. */
    private String earlierGroup(String name) {
        if (name.indexOf(' ') < 0 && lastGroup != null && lastGroup.name().toLowerCase(java.util.Locale.ROOT)
                .endsWith(" " + name.toLowerCase(java.util.Locale.ROOT))) {
            return lastGroup.name();
        }
        return name;
    }

    /** The speaker of the previous attributed quote, for a quote that continues without attribution. */
    Optional<Resolved> last() {
        return Optional.ofNullable(last);
    }

    private void remember(Resolved resolved) {
        last = resolved;
        if (resolved.type() == SpeakerType.PERSON) {
            lastPerson = resolved;
        } else {
            lastGroup = resolved;
        }
    }
}
