package org.quotebench.store;

import java.util.Optional;
import org.quotebench.core.Abbreviate;
import org.quotebench.core.Offsets;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;

/** Checks a quote's spans against its article's text before anything is written. */
final class QuoteSpans {
    private QuoteSpans() {
    }

    /** Returns the quoted text after checking the quote, mention and cue spans. */
    static String check(String text, Span quote, Optional<Span> mention, Optional<Span> cue) {
        if (quote.length() == 0) {
            throw new QuotebenchException("A quote cannot be empty.");
        }
        Offsets.checkSpan(text, quote);
        mention.ifPresent(span -> checkPart(text, span, "mention"));
        cue.ifPresent(span -> checkPart(text, span, "cue"));
        return text.substring(quote.start(), quote.end());
    }

    /** Checks each piece of a quote against the text (inside it, on code point boundaries). */
    static void checkPieces(String text, java.util.List<Span> pieces) {
        if (pieces.size() < 2) {
            return;
        }
        for (Span piece : pieces) {
            try {
                Offsets.checkSpan(text, piece);
            } catch (QuotebenchException e) {
                throw new QuotebenchException("A piece of the quote is not in the text: " + e.getMessage(), e);
            }
        }
    }

    /** Refuses a quote whose stated text differs from what the article has at its span. */
    static void checkExpected(String exact, Optional<String> expected, Span span) {
        if (expected.isPresent() && !expected.get().equals(exact)) {
            throw new QuotebenchException("The quote text does not match the article there: expected \"" + Abbreviate.of(expected.get()) + "\", the article has \"" + Abbreviate.of(exact) + "\".");
        }
    }

    private static void checkPart(String text, Span span, String what) {
        if (span.length() == 0) {
            throw new QuotebenchException("The " + what + " span cannot be empty.");
        }
        try {
            Offsets.checkSpan(text, span);
        } catch (QuotebenchException e) {
            throw new QuotebenchException("The " + what + " span is not in the text: " + e.getMessage(), e);
        }
    }
}
