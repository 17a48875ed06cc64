package org.quotebench.suggest;

import org.quotebench.core.Span;

/**
 * A phrase near a quote that may name its speaker: its tokens [{@code first}, {@code last}] in the
 * window's token list (both -1 for a phrase outside the window, such as the previous quote's
 * speaker), what it is, the mention the rules read there if they did, and whether it is the rules'
 * pick for this quote or the previous quote's speaker.
 */
record SpeakerCandidate(Span span, int first, int last, Kind kind, java.util.Optional<Mention> mention, boolean rulesPick,
        boolean previous) {
    /** What sort of phrase a candidate is. */
    enum Kind {
        /** Capitalised words: "Dmitry Peskov", "Sen. Dana Holt", "the Kremlin". */
        NAME,
        /** he, she, they, it, we, I and their possessives. */
        PRONOUN,
        /** who, which: the name before them speaks. */
        RELATIVE,
        /** A role or group noun: "a spokesman", "the campaign", "officials". */
        ROLE,
        /** A noun that names a document, poll, message or medium: "the memo", "a new poll". */
        DOCUMENT,
        /** A phrase only the rules or the previous quote give. */
        OTHER
    }

    /** The candidate with the mention read there, and whether it is the previous quote's speaker. */
    SpeakerCandidate withMention(Mention read, boolean asPrevious) {
        return new SpeakerCandidate(span, first, last, kind, java.util.Optional.of(read), rulesPick, asPrevious);
    }

    SpeakerCandidate withRulesPick(Mention rules) {
        return new SpeakerCandidate(span, first, last, kind, java.util.Optional.of(rules), true, previous);
    }

    boolean inWindow() {
        return first >= 0;
    }
}
