package org.quotebench.compare;

import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** One annotator's quote of an article, as agreement sees it. */
public record Annotation(Span span, Optional<String> speaker, Optional<Span> mention, QuoteKind kind, Verdict verdict) {
}
