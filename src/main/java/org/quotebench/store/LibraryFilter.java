package org.quotebench.store;

import java.util.Optional;
import org.quotebench.core.Verdict;

/**
 * What the library shows: {@code text} as typed in its search box (words, the last one a prefix),
 * an outlet, and articles with a non-rejected quote by a speaker, about an event or with a verdict.
 * An empty field does not filter; the fields combine with AND.
 */
public record LibraryFilter(Optional<String> text, Optional<String> outlet, Optional<Long> speakerId,
        Optional<Long> eventId, Optional<Verdict> verdict) {

    public LibraryFilter {
        text = text == null ? Optional.empty() : text;
        outlet = outlet == null ? Optional.empty() : outlet;
        speakerId = speakerId == null ? Optional.empty() : speakerId;
        eventId = eventId == null ? Optional.empty() : eventId;
        verdict = verdict == null ? Optional.empty() : verdict;
    }

    public static LibraryFilter all() {
        return new LibraryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LibraryFilter withText(String typed) {
        return new LibraryFilter(Optional.ofNullable(typed), outlet, speakerId, eventId, verdict);
    }
}
