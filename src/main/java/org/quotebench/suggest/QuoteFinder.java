package org.quotebench.suggest;

import org.quotebench.core.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/** Finds candidate quotes and their speakers in an article's text; stateless and safe to share between threads. */
public final class QuoteFinder {
    /** A quote without attribution keeps the previous speaker only this close to the last attribution. */
    private static final int CONTINUATION_REACH = 2000;
    private static final double INDIRECT_CONFIDENCE = 0.5;

    /** The suggestions for {@code text}, ordered by start; spans are Java string indices. */
    public List<Suggestion> find(String text) {
        Objects.requireNonNull(text, "text");
        List<QuotedSpan> quoted = QuotedSpans.find(text);
        List<Candidate> candidates = new ArrayList<>();
        int kept = -1;
        for (int i = 0; i < quoted.size(); i++) {
            Optional<Candidate> candidate = QuoteReader.read(text, quoted, i, kept);
            if (candidate.isPresent()) {
                candidates.add(candidate.get());
                kept = i;
            }
        }
        candidates.addAll(indirect(text, quoted));
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));

        SpeakerTracker tracker = new SpeakerTracker(NameBook.of(text));
        List<Suggestion> out = new ArrayList<>(candidates.size());
        int lastAttributed = Integer.MIN_VALUE / 2;
        Optional<Span> lastMention = Optional.empty();
        for (Candidate c : candidates) {
            Optional<SpeakerTracker.Resolved> speaker = Optional.empty();
            Optional<Span> mention = Optional.empty();
            Optional<Span> cue = Optional.empty();
            double confidence = c.confidence();
            if (c.attribution().isPresent()) {
                Attribution a = c.attribution().get();
                speaker = tracker.resolve(a.mention(), a.mention().span().start());
                mention = Optional.of(a.mention().span());
                cue = Optional.of(a.cue()).filter(span -> span.length() > 0); // a loose subject has no cue word
                lastAttributed = c.span().end();
                lastMention = speaker.isPresent() ? mention : Optional.empty();
            } else if (c.inherits() && c.span().start() - lastAttributed < CONTINUATION_REACH) {
                // A quote that goes on with no new attribution keeps the speaker before it.
                speaker = tracker.last();
                // …and the phrase that named them: “…,” she said. “…” is one attribution.
                mention = speaker.isPresent() ? lastMention : Optional.empty();
                confidence = Math.min(confidence, c.kind() == QuoteKind.DIRECT ? 0.7 : 0.45);
                lastAttributed = c.span().end();
            }
            out.add(new Suggestion(c.span(), text.substring(c.span().start(), c.span().end()), c.kind(),
                    speaker.map(SpeakerTracker.Resolved::name), mention, cue, confidence,
                    speaker.flatMap(SpeakerTracker.Resolved::role), speaker.map(r -> r.type().kind())));
        }
        return List.copyOf(out);
    }

    /** Reported speech in the sentences that hold no quotation marks. */
    private static List<Candidate> indirect(String text, List<QuotedSpan> quoted) {
        List<Candidate> found = new ArrayList<>();
        int q = 0;
        int start = 0;
        int n = text.length();
        for (int p = 1; p <= n; p++) {
            if (p < n && !Sentences.startsAt(text, p)) {
                continue;
            }
            int end = p;
            while (q < quoted.size() && quoted.get(q).close() < start) {
                q++;
            }
            boolean hasQuote = q < quoted.size() && quoted.get(q).open() < end;
            if (!hasQuote && end - start < 600 && !hasMark(text, start, end)) {
                IndirectQuotes.in(text, start, end).ifPresent(f -> found.add(
                        new Candidate(f.content(), QuoteKind.INDIRECT, Optional.of(f.attribution()), INDIRECT_CONFIDENCE, false)));
            }
            start = p;
        }
        return found;
    }

    private static boolean hasMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '「') {
                return true;
            }
        }
        return false;
    }
}
