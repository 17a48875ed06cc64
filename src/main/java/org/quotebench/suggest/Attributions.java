package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.Span;

/**
 * Finds who a quote is attributed to in the words around it: right after it ("…,” Peskov said /
 * said Peskov / so Scholz), right before it (Peskov said: “…”), or anywhere in its sentence
 * ("he called it “a disaster”", "according to the ministry").
 */
final class Attributions {
    private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("and", ",", "but");
    /** Cue words whose speaker always follows them. */
    private static final Set<String> FORWARD_ONLY = Set.of("so", "laut", "selon", "словам", "according");
    private static final int NEAR = 14;

    private Attributions() {
    }

    /** An attribution starting right after the closing mark, in [{@code from}, {@code to}). */
    static Optional<Attribution> after(TextTokens all, int from, int to) {
        String text = all.text();
        List<Token> tokens = all.window(from, to);
        int first = 0;
        boolean dash = false;
        while (first < tokens.size() && (!tokens.get(first).isWord() || isAuxiliary(tokens.get(first)))) {
            dash |= "―—–".contains(tokens.get(first).text());
            first++;
        }
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        if (tokens.get(first).lower().equals("by") && first + 1 < tokens.size()) {
            // a passive: dubbed a “golden couple” by fans
            Token by = tokens.get(first);
            return PhrasesAfterCue.after(text, tokens, first).map(m -> new Attribution(m, new Span(by.start(), by.end()), true));
        }
        Optional<Attribution> signed = dash ? signature(text, tokens, first) : Optional.empty();
        if (signed.isPresent()) {
            return signed;
        }
        for (int c = first; c < tokens.size() && c - first < NEAR; c++) {
            Token t = tokens.get(c);
            if (t.is("(")) {
                // "…,” Rep. Dana Holt (D-Ore.) said": skip the brackets
                int close = c + 1;
                while (close < tokens.size() && close - c < 8 && !tokens.get(close).is(")")) {
                    close++;
                }
                c = close;
                continue;
            }
            if (t.is(".") && c > first && SpeakerPhrases.isPartyTag(tokens.get(c - 1).text())) {
                continue; // "Tom Varga, R-Ida., said"
            }
            if (!t.isWord() && !t.is(",")) {
                return Optional.empty();
            }
            if (!t.cue(c == first) && !(c > first && t.is("read"))) {
                continue; // "read" only after the quote: “…,” the letter read.
            }
            Span cue = span(t);
            if (c == first || FORWARD_ONLY.contains(t.lower())) {
                return forward(text, tokens, c).map(x -> new Attribution(x, cue, true));
            }
            // The subject must start the stretch: "…,” Kremlin spokesman Dmitry Peskov said.
            int start = firstContentStart(tokens, first);
            Optional<Attribution> found = SpeakerPhrases.before(text, tokens, c).filter(x -> x.span().start() <= start)
                    .map(x -> new Attribution(x, cue, true));
            if (found.isPresent()) {
                return found;
            }
            break;
        }
        return longAside(text, tokens, first);
    }

    /** "“…” ― Jane Doe" or "“…” — Jane Doe, teacher": a signature after a dash. */
    private static Optional<Attribution> signature(String text, List<Token> tokens, int first) {
        int b = first;
        while (b < tokens.size() && b - first < 6 && tokens.get(b).isWord() && tokens.get(b).isCapitalised()) {
            b++;
        }
        if (b == first) {
            return Optional.empty();
        }
        Token dash = tokens.get(first - 1);
        return SpeakerPhrases.analyse(text, tokens, first, b - 1)
                .filter(m -> m.type() == SpeakerType.PERSON || m.type() == SpeakerType.ORGANISATION)
                .map(m -> new Attribution(m, new Span(dash.start(), dash.end()), true));
    }

    /** "“…,” Ana Ruiz, the mayor of a town that sued over the plan, said": a name, a long aside, the cue. */
    private static Optional<Attribution> longAside(String text, List<Token> tokens, int first) {
        int b = first;
        while (b < tokens.size() && b - first < 6 && SpeakerPhrases.allowed(tokens.get(b))) {
            b++;
        }
        if (b == first || b >= tokens.size() || !tokens.get(b).is(",")) {
            return Optional.empty();
        }
        Optional<Mention> name = SpeakerPhrases.analyse(text, tokens, first, b - 1)
                .filter(m -> m.type() == SpeakerType.PERSON);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (int c = b + 1; c < tokens.size(); c++) {
            if (tokens.get(c - 1).is(",") && tokens.get(c).cue(false)) {
                Token cue = tokens.get(c);
                return Optional.of(new Attribution(name.get(), new Span(cue.start(), cue.end()), true));
            }
        }
        return Optional.empty();
    }

    private static boolean isAuxiliary(Token t) {
        return !t.isCapitalised() && t.in(Lexical.AUXILIARY) && !t.in(Lexical.LISTED_CUE);
    }

    /** An attribution ending right before the opening mark (…said: “), in [{@code from}, {@code to}). */
    static Optional<Attribution> before(TextTokens all, int from, int to) {
        String text = all.text();
        List<Token> tokens = all.window(from, to);
        for (int c = tokens.size() - 1; c >= 0 && tokens.size() - c <= 8; c--) {
            Token t = tokens.get(c);
            if (!t.cue(false) || FORWARD_ONLY.contains(t.lower()) || usedAsNoun(tokens, c)) {
                continue;
            }
            int cue = c;
            if (t.lower().endsWith("ing") && c > 0 && tokens.get(c - 1).isWord()) {
                // "footage of Ana Ruiz asking, “…”": a name right before the participle is its subject
                Optional<Mention> named = SpeakerPhrases.before(text, tokens, c)
                        .filter(x -> x.type() == SpeakerType.PERSON || x.type() == SpeakerType.ORGANISATION);
                if (named.isPresent()) {
                    return Optional.of(new Attribution(named.get(), span(t), true));
                }
            }
            if (t.lower().endsWith("ing")) {
                // "X said in a statement, adding that …" / "Berg attacked the plan, saying, “…”": the clause's subject
                Optional<Mention> subject = earlierSubject(text, tokens, c).or(() -> LooseSubjects.sentenceSubject(text, tokens));
                if (subject.isPresent()) {
                    return Optional.of(new Attribution(subject.get(), span(t), true));
                }
                continue;
            }
            // "said Peskov: “…”" — a speaker after the cue only when nothing but punctuation follows it
            int lastWordEnd = lastWordEnd(tokens);
            Optional<Mention> m = SpeakerPhrases.before(text, tokens, cue)
                    .or(() -> PhrasesAfterCue.after(text, tokens, cue).filter(x -> x.span().end() >= lastWordEnd));
            if (m.isPresent()) {
                return Optional.of(outer(text, tokens, m.get()).orElse(new Attribution(m.get(), span(t), true)));
            }
        }
        return Optional.empty();
    }

    /** "Lund said she recalls being “shaken”": the reported clause's speaker reports to the outer one. */
    private static Optional<Attribution> outer(String text, List<Token> tokens, Mention inner) {
        for (int k = 1; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (!Lexicon.PLAIN_CUES.contains(t.lower()) || t.isCapitalised()) {
                continue;
            }
            int next = tokens.get(k + 1).lower().equals("that") ? k + 2 : k + 1;
            if (next < tokens.size() && tokens.get(next).start() == inner.span().start()) {
                return SpeakerPhrases.before(text, tokens, k).map(m -> new Attribution(m, span(t), true));
            }
        }
        return Optional.empty();
    }

    /**
     * Any attribution in the stretch: in the words before a quote the main clause's cue comes first
     * (Berg said … that Lind described it as “…” is Berg's), after it the nearest. A cue without
     * its own subject ("…, saying …", "… and vowed …") takes the sentence's subject.
     */
    static Optional<Attribution> anywhere(TextTokens all, int from, int to, boolean sentenceStartsHere) {
        String text = all.text();
        List<Token> tokens = all.window(from, to);
        for (int c = 0; c < tokens.size(); c++) {
            Token t = tokens.get(c);
            if (!t.cue(false) || usedAsNoun(tokens, c)) {
                continue;
            }
            int cue = c;
            Optional<Mention> m;
            if (FORWARD_ONLY.contains(t.lower())) {
                m = forward(text, tokens, cue);
            } else if (t.lower().endsWith("ing") || c > 0 && CLAUSE_JOINERS.contains(tokens.get(c - 1).lower())) {
                m = sentenceStartsHere ? LooseSubjects.sentenceSubject(text, tokens) : Optional.empty();
            } else {
                m = SpeakerPhrases.before(text, tokens, cue).or(() -> PhrasesAfterCue.after(text, tokens, cue))
                        .or(() -> sentenceStartsHere ? LooseSubjects.sentenceSubject(text, tokens) : Optional.empty());
            }
            if (m.isPresent()) {
                return Optional.of(new Attribution(m.get(), span(t), false));
            }
        }
        return Optional.empty();
    }

    /** The subject of a finite cue before position {@code c} ("Holt said in a statement, adding …"). */
    private static Optional<Mention> earlierSubject(String text, List<Token> tokens, int c) {
        for (int k = c - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.cue(false) && !t.lower().endsWith("ing") && !FORWARD_ONLY.contains(t.lower())) {
                Optional<Mention> m = SpeakerPhrases.before(text, tokens, k);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the stretch holds a speech verb at all, even one whose speaker we cannot read. */
    static boolean hasCue(TextTokens all, int from, int to) {
        for (Token t : all.window(from, to)) {
            if (t.cue(false) || SPEECH_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that say speech is being reported ("Berg's claim that there were “hundreds”"). */
    private static final Set<String> SPEECH_NOUNS = Set.of("claim", "claims", "statement", "statements", "remark",
            "remarks", "comment", "comments", "reference", "references", "accusation", "accusations", "promise",
            "pledge", "warning", "description", "words", "tweet", "tweets", "speech", "interview", "letter", "message",
            "assertion", "argument", "criticism", "rhetoric", "language", "slogan", "motto", "phrase", "term",
            "nickname", "label", "vow", "call", "calls", "plea", "demand", "insult", "insults", "attack", "attacks");

    private static Optional<Mention> forward(String text, List<Token> tokens, int c) {
        int at = c;
        if (tokens.get(c).lower().equals("according") && c + 1 < tokens.size() && tokens.get(c + 1).lower().equals("to")) {
            at = c + 1;
        } else if (tokens.get(c).lower().equals("according")) {
            return Optional.empty();
        }
        return PhrasesAfterCue.after(text, tokens, at);
    }

    private static final Set<String> NOUN_MARKERS = Set.of("of", "the", "his", "her", "their", "its", "these", "those",
            "such", "our", "your", "my");

    private static final Set<String> QUANTITIES = Set.of("%", "percent", "most", "half", "many", "some", "all", "none",
            "few", "share", "majority", "number", "lot", "dozens", "hundreds");

    /**
     * "32% of Republican claims", "his claims": a cue word in -s after a determiner, or after a
     * quantity "of" and one word, is a noun there ("the ministry claims" and "the Minister of Defence
     * claims" stay verbs).
     */
    static boolean usedAsNoun(List<Token> tokens, int c) {
        String lower = tokens.get(c).lower();
        if (!lower.endsWith("s") || lower.equals("says") || c == 0) {
            return false;
        }
        if (NOUN_MARKERS.contains(tokens.get(c - 1).lower())) {
            return true;
        }
        if (c < 3 || !tokens.get(c - 2).lower().equals("of") || !tokens.get(c - 1).isWord()) {
            return false;
        }
        Token quantity = tokens.get(c - 3);
        return QUANTITIES.contains(quantity.lower()) || Character.isDigit(quantity.text().charAt(0));
    }

    /** Where the words after a quote begin, past a leading "the" or "a" (which a speaker phrase drops). */
    private static int firstContentStart(List<Token> tokens, int first) {
        int k = first;
        while (k + 1 < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        return tokens.get(k).start();
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "le", "la", "les", "der", "die", "das");

    private static int lastWordEnd(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i).end();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Span span(Token t) {
        return new Span(t.start(), t.end());
    }
}
