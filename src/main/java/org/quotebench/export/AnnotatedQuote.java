package org.quotebench.export;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/**
 * A quote read from another tool's file, before it is stored: spans in code points of its article's
 * text, the speaker by name (none for a pronoun), and what the file said of kind, status, verdict,
 * events, note and annotator.
 */
public record AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
        Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue, List<String> events, Optional<String> note,
        Optional<String> annotator) {

    public AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
            Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue) {
        this(span, kind, status, verdict, speaker, wikidata, mention, cue, List.of(), Optional.empty(), Optional.empty());
    }

    public AnnotatedQuote {
        events = List.copyOf(events);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us",
            "him", "her", "them", "who", "which", "that", "this", "these", "those", "one", "his", "its", "their", "our");

    /** The speaker a mention names, when it is a name: "he", "they" or "which" name nobody by themselves. */
    public static Optional<String> speakerNamed(String mention) {
        String name = mention.strip();
        return name.isEmpty() || PRONOUNS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? Optional.empty() : Optional.of(name);
    }
}
