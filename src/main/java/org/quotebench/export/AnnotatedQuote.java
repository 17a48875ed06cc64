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
 * events, note and annotator; {@code fragments} are its pieces ([span] for one), {@code span} runs
 * from the first to the last.
 */
public record AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
        Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue, List<String> events, Optional<String> note,
        Optional<String> annotator, List<Span> fragments) {

    public AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
            Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue) {
        this(span, kind, status, verdict, speaker, wikidata, mention, cue, List.of(), Optional.empty(), Optional.empty());
    }

    public AnnotatedQuote(Span span, QuoteKind kind, QuoteStatus status, Verdict verdict, Optional<String> speaker,
            Optional<WikidataId> wikidata, Optional<Span> mention, Optional<Span> cue, List<String> events, Optional<String> note,
            Optional<String> annotator) {
        this(span, kind, status, verdict, speaker, wikidata, mention, cue, events, note, annotator, List.of(span));
    }

    /** The kind a tool's label names, in any case: Quote or Direct, Partial, Indirect; empty for any other label. */
    static Optional<QuoteKind> kindOfLabel(String label) {
        return switch (label.toLowerCase(java.util.Locale.ROOT)) {
            case "quote", "direct" -> Optional.of(QuoteKind.DIRECT);
            case "partial" -> Optional.of(QuoteKind.PARTIAL);
            case "indirect" -> Optional.of(QuoteKind.INDIRECT);
            default -> Optional.empty();
        };
    }

    public AnnotatedQuote {
        events = List.copyOf(events);
        fragments = fragments.isEmpty() ? List.of(span) : List.copyOf(fragments);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us",
            "him", "her", "them", "who", "which", "that", "this", "these", "those", "one", "his", "its", "their", "our");

    /** Nouns that stand for an unnamed source: "sources", "a senior official", "people familiar with the talks". */
    private static final java.util.Set<String> UNNAMED = java.util.Set.of("source", "sources", "official", "officials", "aide",
            "aides", "expert", "experts", "analyst", "analysts", "critic", "critics", "people", "person", "resident", "residents",
            "witness", "witnesses", "observer", "observers", "insider", "insiders", "spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "diplomat", "diplomats", "lawmaker", "lawmakers", "staffer", "staffers", "adviser", "advisers", "advisor",
            "advisors", "someone", "somebody", "others", "many", "some", "several", "reports", "report");

    /**
     * The speaker a mention names, when it is a name: "he", "they" or "which" name nobody by themselves,
     * and neither do unnamed sources ("sources", "a source", "officials", "people familiar with the
     * matter"), unless a name follows the noun ("spokesman John Kirby").
     */
    public static Optional<String> speakerNamed(String mention) {
        String name = mention.strip();
        return name.isEmpty() || PRONOUNS.contains(name.toLowerCase(java.util.Locale.ROOT)) || unnamed(name) ? Optional.empty()
                : Optional.of(name);
    }

    private static boolean unnamed(String mention) {
        String[] words = mention.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (UNNAMED.contains(words[i].replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT))) {
                for (int j = i + 1; j < words.length; j++) {
                    if (!words[j].isEmpty() && Character.isUpperCase(words[j].codePointAt(0))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
