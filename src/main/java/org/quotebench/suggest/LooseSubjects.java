package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Span;

/**
 * Speaker phrases read loosely, for when the strict reading finds none: a noun after a determiner
 * ("the announcer said"), a speaker noun with a participle after it ("an official involved in the
 * talks said"), and the subject that opens a sentence.
 */
final class LooseSubjects {
    private LooseSubjects() {
    }

    /** "A senior official involved in the talks said": a speaker noun with a participle phrase after it. */
    static Optional<Mention> modifiedNoun(String text, List<Token> tokens, int end) {
        for (int n = end - 1; n >= 0 && end - n <= 8; n--) {
            Token t = tokens.get(n);
            if (!t.isWord()) {
                return Optional.empty();
            }
            String next = tokens.get(n + 1).lower();
            if (Lexicon.SPEAKER_NOUNS.contains(t.lower()) && (next.endsWith("ed") || next.endsWith("ing"))) {
                int a = SpeakerPhrases.extendToDeterminer(tokens, SpeakerPhrases.phraseStartBefore(tokens, n));
                while (a < n && SpeakerPhrases.isDeterminer(tokens.get(a))) {
                    a++;
                }
                Span span = new Span(tokens.get(a).start(), tokens.get(end).end());
                return Optional.of(new Mention(span, text.substring(span.start(), span.end()), Optional.empty(),
                        SpeakerType.UNNAMED));
            }
        }
        return Optional.empty();
    }

    /** "the announcer said", "one questioner claimed", "the ad’s narrator says": any noun after a determiner. */
    static Optional<Mention> determinedNoun(String text, List<Token> tokens, int head) {
        Token h = tokens.get(head);
        if (!h.isWord() || h.isCapitalised() || Lexicon.CUES.contains(h.lower()) || Lexicon.CONNECTORS.contains(h.lower())
                || h.lower().endsWith("ly") || Lexicon.AUXILIARIES.contains(h.lower()) || FUNCTION_WORDS.contains(h.lower())) {
            return Optional.empty();
        }
        for (int d = head - 1; d >= 0 && head - d <= 3; d--) {
            Token t = tokens.get(d);
            String lower = t.lower();
            if (DETERMINERS.contains(lower) || lower.endsWith("’s") || lower.endsWith("'s")) {
                if (d > 0 && PREPOSITIONS.contains(tokens.get(d - 1).lower())) {
                    return Optional.empty(); // "marching through the streets chanted": not the subject
                }
                int s = DETERMINERS.contains(lower) && !lower.equals("another") ? d + 1 : d;
                Span span = new Span(tokens.get(s).start(), h.end());
                return Optional.of(new Mention(span, text.substring(span.start(), span.end()), Optional.empty(),
                        SpeakerType.UNNAMED));
            }
            if (!t.isWord()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Words that never head a speaker phrase ("their check by", "a woman who"). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("by", "of", "to", "in", "on", "at",
            "for", "with", "from", "about", "who", "whom", "which", "that", "as", "and", "or", "but", "than", "then",
            "when", "while", "after", "before", "into", "over", "under", "not", "no", "so", "too", "very", "there",
            "here", "it", "this", "these", "those", "all", "more", "most", "much", "many", "what", "where", "why", "how");

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("through", "in", "on", "at", "into",
            "across", "over", "under", "from", "with", "near", "toward", "towards", "around", "along", "outside", "inside");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "one", "another",
            "his", "her", "their", "its");

    /** The subject opening a sentence ("In recent weeks, Holt has gone after …"), after an opening phrase. */
    static Optional<Mention> sentenceSubject(String text, List<Token> tokens) {
        int skip = 0;
        while (skip < tokens.size() && !tokens.get(skip).isWord()) {
            skip++;
        }
        Optional<Mention> found = subjectAt(text, tokens.subList(skip, tokens.size()));
        if (found.isPresent() && found.get().type() != SpeakerType.UNNAMED) {
            return found;
        }
        // "Faced with a poor poll, Mayor Berg is trying …": the subject after the opening phrase
        for (int k = skip; k < Math.min(tokens.size() - 1, skip + 20); k++) {
            if (tokens.get(k).is(",")) {
                Optional<Mention> later = subjectAt(text, tokens.subList(k + 1, tokens.size()));
                if (later.isPresent() && later.get().type() != SpeakerType.UNNAMED) {
                    return later;
                }
                break;
            }
        }
        return found;
    }

    private static Optional<Mention> subjectAt(String text, List<Token> tokens) {
        int a = 0;
        if (!tokens.isEmpty() && SpeakerPhrases.pronoun(tokens.get(0)).filter(m -> !m.name().equalsIgnoreCase("it"))
                .isPresent()) {
            return SpeakerPhrases.pronoun(tokens.get(0)); // "He then defended the remark, saying, “…”"
        }
        if (!tokens.isEmpty() && tokens.get(0).isWord() && Lexicon.NOT_NAMES.contains(tokens.get(0).lower())
                && !DETERMINERS.contains(tokens.get(0).lower())) {
            for (int k = 1; k < Math.min(tokens.size(), 10); k++) {
                if (tokens.get(k).is(",")) {
                    a = k + 1;
                    break;
                }
            }
        }
        if (a >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Mention> pronoun = SpeakerPhrases.pronoun(tokens.get(a));
        if (pronoun.isPresent()) {
            return pronoun;
        }
        int b = a;
        while (b < tokens.size() && b - a < SpeakerPhrases.MAX_PHRASE && SpeakerPhrases.allowed(tokens.get(b))) {
            b++;
        }
        if (b == a) {
            return Optional.empty();
        }
        int end = b - 1;
        return SpeakerPhrases.analyse(text, tokens, a, end).or(() -> determinedNoun(text, tokens, end));
    }
}
