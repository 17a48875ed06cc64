package org.quotebench.core;

import java.util.Optional;

/** Something that happened, which articles cover and quotes are about. Dates are ISO (YYYY-MM-DD). */
public record Event(
        long id,
        String uuid,
        String name,
        Optional<String> startsOn,
        Optional<String> endsOn,
        Optional<String> place,
        Optional<String> description) {
}
