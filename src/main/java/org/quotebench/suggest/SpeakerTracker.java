package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** The gender each role phrase gives, read once ("Kremlin spokeswoman"). */
    private final Map<String, Character> roleGenders = new HashMap<>();
    /** How many people back he or she may reach. */
    private static final int RECALL = 12;
    /** The people quoted so far, latest first. */
    private final java.util.LinkedList<String> people = new java.util.LinkedList<>();
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
            case PERSON_PRONOUN -> person(position, Genders.ofPronoun(mention.name()));
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
    private Resolved person(int position, char gender) {
        List<String> candidates = new ArrayList<>();
        Optional<Map.Entry<Integer, String>> subject = names.lastSubjectBefore(position);
        if (subject.isPresent() && (lastPerson == null || subject.get().getKey() > lastPersonAt)) {
            candidates.add(subject.get().getValue());
        }
        candidates.addAll(people);
        // "she" after a man was quoted: the latest person quoted who may be a woman, as far as the article says…
        for (String n : candidates) {
            if (Genders.compatible(gender, genderOf(n))) {
                return resolved(n);
            }
        }
        // …else the latest name that is surely a woman's; else, as before, the latest name at all
        if (gender != Genders.UNKNOWN) {
            for (String n : names.namesBefore(position, RECALL)) {
                if (genderOf(n) == gender) {
                    return resolved(n);
                }
            }
        }
        if (!candidates.isEmpty()) {
            return resolved(candidates.get(0));
        }
        return names.lastBefore(position).map(this::resolved).orElse(null);
    }

    private Resolved resolved(String name) {
        return new Resolved(name, Optional.ofNullable(roles.get(name)), SpeakerType.PERSON);
    }

    private char genderOf(String name) {
        String role = roles.get(name);
        char byRole = role == null ? Genders.UNKNOWN : roleGenders.computeIfAbsent(role, Genders::ofRole);
        return byRole != Genders.UNKNOWN ? byRole : names.genderOf(name);
    }

    /** "the ministry" after "the Merovian interior ministry": the fuller name given before. */
    private String earlierGroup(String name) {
        if (name.indexOf(' ') < 0 && lastGroup != null && lastGroup.name().toLowerCase(java.util.Locale.ROOT)
                .endsWith(" " + name.toLowerCase(java.util.Locale.ROOT))) {
            return lastGroup.name();
        }
        return name;
    }

    /**
     * The latest person quoted whose role ends in {@code roleNoun} ("der Minister" after "Innenminister Karl
     * Ober"; "die Ministerin" never finds a Minister), if any.
     */
    Optional<String> personWithRole(String roleNoun) {
        String wanted = roleNoun.toLowerCase(java.util.Locale.ROOT);
        for (String person : people) {
            String role = roles.get(person);
            if (role != null) {
                String[] words = role.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+");
                if (words.length > 0 && words[words.length - 1].endsWith(wanted)) {
                    return Optional.of(person);
                }
            }
        }
        return Optional.empty();
    }

    /** The speaker of the previous attributed quote, for a quote that continues without attribution. */
    Optional<Resolved> last() {
        return Optional.ofNullable(last);
    }

    private void remember(Resolved resolved) {
        last = resolved;
        if (resolved.type() == SpeakerType.PERSON) {
            lastPerson = resolved;
            people.remove(resolved.name());
            people.addFirst(resolved.name());
            if (people.size() > RECALL) {
                people.removeLast();
            }
        } else {
            lastGroup = resolved;
        }
    }
}
