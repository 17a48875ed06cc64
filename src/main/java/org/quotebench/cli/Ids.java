package org.quotebench.cli;

import org.quotebench.core.Event;
import org.quotebench.core.NearestName;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Speaker;
import org.quotebench.store.Workspace;

/** Reads ids and names given on the command line. */
final class Ids {
    private Ids() {
    }

    static long parse(String text, String what) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new QuotebenchException("'" + text + "' is not " + what + " id (a positive number, as the list commands show).");
    }

    static boolean isNumber(String text) {
        return text.strip().matches("[0-9]+");
    }

    /** A speaker given by id, or by name or alias (which must exist). */
    static Speaker existingSpeaker(Workspace workspace, String idOrName) {
        if (isNumber(idOrName)) {
            return workspace.speakers().get(parse(idOrName, "a speaker"));
        }
        return workspace.speakers().findByName(idOrName)
                .orElseThrow(() -> new QuotebenchException(noSpeaker(workspace, idOrName)));
    }

    /** "No speaker is named X", with the nearest known name or alias when there is one. */
    static String noSpeaker(Workspace workspace, String name) {
        java.util.List<String> known = new java.util.ArrayList<>();
        workspace.speakers().list().forEach(s -> {
            known.add(s.name());
            known.addAll(s.aliases());
        });
        return "No speaker is named '" + name + "' (by name or alias)"
                + NearestName.to(name, known).map(n -> "; did you mean '" + n + "'?").orElse(".");
    }

    /** "No event is named X", with the nearest known event name when there is one. */
    static String noEvent(Workspace workspace, String name) {
        java.util.List<String> known = workspace.events().list().stream().map(Event::name).toList();
        return "No event is named '" + name + "'" + NearestName.to(name, known).map(n -> "; did you mean '" + n + "'?").orElse(".");
    }

    /**
     * The speaker a quote names: an id of an existing speaker, or a name or alias; a new name
     * creates a speaker and is added to {@code created}, so that the command can say so.
     */
    static Speaker speakerForQuote(Workspace workspace, String idOrName, java.util.List<String> created) {
        if (isNumber(idOrName)) {
            return workspace.speakers().get(parse(idOrName, "a speaker"));
        }
        java.util.Optional<Speaker> existing = workspace.speakers().findByName(idOrName);
        if (existing.isPresent()) {
            return existing.get();
        }
        Speaker speaker = workspace.speakers().findOrCreate(idOrName);
        created.add("Created speaker " + speaker.id() + " (" + speaker.name() + ").");
        return speaker;
    }

    /** An event given by id, or by name (created when new, as the contract says for names). */
    static Event event(Workspace workspace, String idOrName) {
        if (isNumber(idOrName)) {
            return workspace.events().get(parse(idOrName, "an event"));
        }
        return workspace.events().findOrCreate(idOrName);
    }
}
