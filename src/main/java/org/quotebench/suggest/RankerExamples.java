package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.Span;

/**
 * What the ranker sees in a text, for training it: every quote in marks the finder keeps, with its
 * candidate speakers' spans and feature ids. Read with the rules choosing speakers, so that "the
 * previous quote's speaker" is the rules' one; a trainer labels each candidate against gold sources.
 */
public final class RankerExamples {
    /**
     * One quote: its span, its candidates' spans, what each is ("name before", "pronoun after, the
     * rules' pick", "previous": for error reports) and their feature ids, in the same order.
     */
    public record QuoteCandidates(Span quote, List<Span> candidates, List<String> kinds, int[][] features, int guarded,
            boolean german) {
    }

    private RankerExamples() {
    }

    private static String describe(QuoteWindow window, SpeakerCandidate c) {
        if (!c.inWindow()) {
            return "previous";
        }
        return c.kind().name().toLowerCase(java.util.Locale.ROOT) + (window.before(c) ? " before" : " after")
                + (c.rulesPick() ? ", the rules' pick" : "") + (c.previous() ? ", previous" : "");
    }

    public static List<QuoteCandidates> of(String text) {
        return of(text, java.util.Optional.empty());
    }

    /**
     * The quotes of a text in a language (guessed when empty); in German text a quote whose clause names
     * its speaker has German features and that reading as the guarded pick ({@code german}).
     */
    public static List<QuoteCandidates> of(String text, java.util.Optional<String> language) {
        List<QuoteCandidates> out = new ArrayList<>();
        QuoteFinder.rulesOnly().find(text, language, (quote, window, features, german) -> out.add(new QuoteCandidates(quote.span(),
                window.candidates().stream().map(SpeakerCandidate::span).toList(),
                window.candidates().stream().map(c -> describe(window, c)).toList(), features, SpeakerRanker.guarded(window), german)));
        return out;
    }
}
