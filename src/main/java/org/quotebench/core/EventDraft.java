package org.quotebench.core;

import java.util.Optional;

/** An event to be created; dates are checked and must not run backwards. */
public record EventDraft(
        String name,
        Optional<String> startsOn,
        Optional<String> endsOn,
        Optional<String> place,
        Optional<String> description) {

    public EventDraft {
        name = Names.required(name, "An event");
        startsOn = startsOn.map(d -> IsoDate.check(d, "Start date"));
        endsOn = endsOn.map(d -> IsoDate.check(d, "End date"));
        if (startsOn.isPresent() && endsOn.isPresent() && endsOn.get().compareTo(startsOn.get()) < 0) {
            throw new QuotebenchException("The event '" + name + "' ends (" + endsOn.get() + ") before it starts ("
                    + startsOn.get() + ").");
        }
    }

    public static EventDraft named(String name) {
        return new EventDraft(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The event's fields as they are: the draft of a change that changes nothing. */
    public static EventDraft of(Event event) {
        return new EventDraft(event.name(), event.startsOn(), event.endsOn(), event.place(), event.description());
    }
}
