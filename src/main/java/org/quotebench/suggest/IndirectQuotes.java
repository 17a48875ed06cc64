package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Span;

/**
 * Reported speech without quote marks in one sentence: "X said (that) …", "…, X said.",
 * "according to X, …" and "…, according to X." Only plain speech verbs count, and the speaker
 * must be a name, a pronoun or a speaker noun, which keeps precision up.
 */
final class IndirectQuotes {
    private static final java.util.Set<String> COUNTED = java.util.Set.of("the", "a", "an", "two", "three", "several", "one");
    private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "a", "an", "his", "her", "their", "its", "but", "and", "yet", "so", "meanwhile", "however", "now", "still", "later", ",");
    private static final int MIN_WORDS = 4;

    /** Reported content, its attribution. */
    record Found(Span content, Attribution attribution) {
    }

    private IndirectQuotes() {
    }

    static Optional<Found> in(TextTokens all, int from, int to) {
        String text = all.text();
        List<Token> tokens = all.window(from, to);
        int n = tokens.size();
        if (n < MIN_WORDS + 2) {
            return Optional.empty();
        }
        int end = n - 1;
        while (end >= 0 && !tokens.get(end).isWord()) {
            end--;
        }
        int first = afterDateline(tokens);
        // "According to X, …"
        int by = byWord(tokens, first);
        if (by >= 0) {
            Optional<Mention> m = PhrasesAfterCue.after(text, tokens, by);
            // The reported words start after the comma that ends the speaker's phrase, which may hold
            // one itself ("According to the harbour master, Ines Varga, the ferry …").
            int k = by + 1;
            while (m.isPresent() && k < n && tokens.get(k).start() < m.get().span().end()) {
                k++;
            }
            int comma = indexOf(tokens, ",", k, Math.min(n, Math.max(k + 1, by + 14)));
            if (comma > 0 && m.isPresent() && end > comma + MIN_WORDS) {
                return Optional.of(new Found(new Span(tokens.get(comma + 1).start(), tokens.get(end).end()),
                        new Attribution(m.get(), span(tokens.get(first), tokens.get(by)), true)));
            }
        }
        // "…, according to X." / "…, X said." / "…, said X."
        int lastComma = lastIndexOf(tokens, ",", Math.max(0, n - 12), n);
        if (lastComma > MIN_WORDS) {
            List<Token> tail = tokens.subList(lastComma + 1, n);
            Optional<Attribution> a = tailAttribution(text, tail);
            if (a.isPresent()) {
                if (first >= lastComma) {
                    return Optional.empty();
                }
                return Optional.of(new Found(new Span(tokens.get(first).start(), tokens.get(lastComma - 1).end()), a.get()));
            }
        }
        // "X said (on Tuesday) (that) …": the subject opens the sentence.
        for (int c = 1; c < Math.min(n, 14); c++) {
            Token t = tokens.get(c);
            if (!t.isWord() || t.isCapitalised() || !t.in(Lexical.PLAIN_CUE)) {
                continue;
            }
            Optional<Mention> m = SpeakerPhrases.before(text, tokens, c).filter(IndirectQuotes::knownSpeaker);
            if (m.isEmpty() || !opensSentence(tokens, m.get())) {
                return Optional.empty();
            }
            int that = indexOfWord(tokens, c + 1, Math.min(n, c + 10));
            int contentStart = that >= 0 ? that + 1 : c + 1;
            while (contentStart < n && !tokens.get(contentStart).isWord()) {
                contentStart++;
            }
            if (that < 0 && t.lower().startsWith("tol")) {
                return Optional.empty(); // "told reporters" without "that": the content is too uncertain
            }
            if (end - contentStart + 1 < MIN_WORDS) {
                return Optional.empty();
            }
            return Optional.of(new Found(new Span(tokens.get(contentStart).start(), tokens.get(end).end()),
                    new Attribution(m.get(), span(t, t), true)));
        }
        return Optional.empty();
    }

    private static Optional<Attribution> tailAttribution(String text, List<Token> tail) {
        int lastWord = tail.size() - 1;
        while (lastWord >= 0 && !tail.get(lastWord).isWord()) {
            lastWord--;
        }
        int last = lastWord;
        if (last < 0) {
            return Optional.empty();
        }
        if (tail.get(0).lower().equals("according") && tail.size() > 2 && tail.get(1).lower().equals("to")) {
            return PhrasesAfterCue.after(text, tail, 1).filter(m -> m.span().end() >= tail.get(last).end())
                    .map(m -> new Attribution(m, span(tail.get(0), tail.get(1)), true));
        }
        for (int c = 0; c <= last; c++) {
            Token t = tail.get(c);
            if (t.isWord() && !t.isCapitalised() && Lexicon.PLAIN_CUES.contains(t.lower())) {
                // "…, said it was …" starts a new clause: a pronoun after the cue is its subject, not a speaker
                Optional<Mention> m = (c == 0 ? PhrasesAfterCue.after(text, tail, c).filter(x -> !x.type().isPronoun())
                        : SpeakerPhrases.before(text, tail, c)).filter(IndirectQuotes::knownSpeaker);
                if (m.isPresent() && (c == 0 || m.get().span().start() == tail.get(0).start()
                        || COUNTED.contains(tail.get(0).lower()))
                        && wordsAfter(tail, Math.max(m.get().span().end(), t.end())) <= 3) {
                    return Optional.of(new Attribution(m.get(), span(t, t), true));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Without quote marks, only a name, a pronoun or a known speaker noun makes reported speech. */
    private static boolean knownSpeaker(Mention m) {
        if (m.type() != SpeakerType.UNNAMED) {
            return true;
        }
        String name = m.name();
        String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.SPEAKER_NOUNS.contains(head) || SpeakerPhrases.isTitle(head);
    }

    /** The last word of "According to", "Selon", "Laut", "По словам" opening the sentence, or -1. */
    private static int byWord(List<Token> tokens, int first) {
        if (first + 1 >= tokens.size()) {
            return -1;
        }
        String w = tokens.get(first).lower();
        if (w.equals("according") && tokens.get(first + 1).lower().equals("to")) {
            return first + 1;
        }
        if (w.equals("selon") || w.equals("laut")) {
            return first;
        }
        return w.equals("по") && tokens.get(first + 1).lower().equals("словам") ? first + 1 : -1;
    }

    /** "…, the ministry said on Friday." allows a few words after the attribution, not a new clause. */
    private static int wordsAfter(List<Token> tokens, int position) {
        int n = 0;
        for (Token t : tokens) {
            if (t.start() >= position && t.isWord()) {
                n++;
            }
        }
        return n;
    }

    /** The first token after a dateline ("OSLAND, May 2 (Northwire) - "), or 0. */
    private static int afterDateline(List<Token> tokens) {
        if (tokens.isEmpty() || !isAllCaps(tokens.get(0).text())) {
            return 0;
        }
        for (int i = 1; i < Math.min(tokens.size() - 1, 14); i++) {
            String t = tokens.get(i).text();
            if (t.equals("-") || t.equals("—") || t.equals("–")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '.');
    }

    private static boolean opensSentence(List<Token> tokens, Mention m) {
        int start = m.span().start();
        for (Token t : tokens) {
            if (t.start() >= start) {
                return true;
            }
            if (!OPENERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("that") || w.equals("dass") || w.equals("que") || w.equals("qu") || w.equals("что")) {
                return i;
            }
            if (!tokens.get(i).isWord() && !tokens.get(i).is(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(List<Token> tokens, String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(p)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<Token> tokens, String p, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (tokens.get(i).is(p)) {
                return i;
            }
        }
        return -1;
    }

    private static Span span(Token a, Token b) {
        return new Span(a.start(), b.end());
    }
}
