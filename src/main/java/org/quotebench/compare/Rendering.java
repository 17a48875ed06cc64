package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;

/** One outlet's rendering of an utterance: a quote with where it appeared and whom the outlet credited. */
public record Rendering(long quoteId, long articleId, Optional<String> outlet, Optional<String> date, QuoteKind kind,
        Optional<String> speaker, String text) {
}
