package org.quotebench.export;

import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/**
 * A quote read from another tool's file, before it is stored: spans in code points of its article's
 * text, the speaker by name (none for a pronoun), and what the file said of kind, status and verdict.
 */
public record AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
        Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue) {
}
