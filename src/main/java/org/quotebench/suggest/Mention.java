package org.quotebench.suggest;

import java.util.Optional;
import org.quotebench.core.Span;

/** A phrase that names who speaks: its place, the name as written here, the role given with it, and its type. */
record Mention(Span span, String name, Optional<String> role, SpeakerType type) {
    Mention withRole(Optional<String> newRole) {
        return new Mention(span, name, newRole, type);
    }
}
