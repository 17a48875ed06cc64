package org.quotebench.ui.text;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;

/** Fictional quotes for pane tests. */
final class Quotes {
    private Quotes() {
    }

    static Speaker speaker(String uuid, String name) {
        return new Speaker(1, uuid, name, SpeakerKind.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    static Quote quote(long id, int start, int end) {
        return quote(id, new Span(start, end), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static Quote quote(long id, Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<Speaker> speaker,
            Optional<Span> mention, Optional<Span> cue) {
        return new Quote(id, "00000000-0000-4000-8000-" + String.format("%012d", id), 1, span, "", kind, status, verdict,
                Optional.empty(), speaker, mention, cue, List.of(), Optional.empty(), "2026-03-02T10:00:00Z",
                "2026-03-02T10:00:00Z");
    }
}
