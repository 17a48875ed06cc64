package org.quotebench.suggest;

import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/** A quote found before its speaker is resolved; {@code inherits} when it may take the previous speaker. */
record Candidate(Span span, QuoteKind kind, Optional<Attribution> attribution, double confidence, boolean inherits) {
}
