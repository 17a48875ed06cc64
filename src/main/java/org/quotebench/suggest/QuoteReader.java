package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/**
 * Reads one quotation in its sentence: finds its attribution, decides whether it is a direct quote
 * or a partial one, and drops scare quotes (a short quoted term that nobody is said to have said).
 */
final class QuoteReader {
    /** How far around a quote its sentence and attribution are looked for; keeps the finder linear. */
    private static final int WINDOW = 400;
    private static final int SCARE_MAX_WORDS = 4;

    private QuoteReader() {
    }

    static Optional<Candidate> read(String text, List<QuotedSpan> quoted, int index) {
        return read(TextTokens.of(text), quoted, index, index - 1);
    }

    /**
     * Reads quote {@code index}; its attribution may be looked for back to the end of quote
     * {@code previous} (-1: the text's start), the last one kept: a dropped quote before it (a work's
     * name, a scare quote) does not hide the cue ("tells MSNBC’s “Morning Joe” that “…”").
     */
    static Optional<Candidate> read(TextTokens all, List<QuotedSpan> quoted, int index, int previous) {
        String text = all.text();
        QuotedSpan q = quoted.get(index);
        if (q.end() <= q.start() || !hasLetter(text, q.start(), q.end()) || isLink(text, q.start(), q.end())
                || q.open() > 0 && text.charAt(q.open() - 1) == '=') {
            return Optional.empty(); // "123456789012", "pic.twitter.com/…", author="…": markup, not speech
        }
        int prevEnd = previous >= 0 ? quoted.get(previous).close() + 1 : 0;
        int nextOpen = index + 1 < quoted.size() ? quoted.get(index + 1).open() : text.length();
        int leftStart = all.sentences().before(q.open(), Math.max(prevEnd, q.open() - WINDOW));
        if (leftStart == q.open()) {
            // "He said:" closing the paragraph before: that line introduces this quote.
            int p = q.open() - 1;
            while (p > prevEnd && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p > prevEnd && text.charAt(p) == ':' && text.substring(p, q.open()).indexOf('\n') >= 0) {
                leftStart = all.sentences().before(p, Math.max(prevEnd, p - WINDOW));
            }
        }
        int afterClose = q.close() + 1;
        int firstAfter = afterClose;
        while (firstAfter < text.length() && text.charAt(firstAfter) != '\n' && Tokens.isSpace(text.charAt(firstAfter))) {
            firstAfter++;
        }
        int sentenceEnd = all.sentences().endAfter(firstAfter, Math.min(nextOpen, afterClose + WINDOW));
        char lastInside = lastNonSpace(text, q.start(), q.end());
        // “We will win.” The minister … starts a new sentence: its words are not this quote's attribution.
        boolean newSentenceAfter = lastInside == '.' && firstAfter < text.length()
                && Character.isUpperCase(text.charAt(firstAfter));
        boolean lineEnds = firstAfter >= text.length() || text.charAt(firstAfter) == '\n';
        int rightEnd = newSentenceAfter || lineEnds ? afterClose : sentenceEnd;

        Optional<Attribution> right = Attributions.after(all, afterClose, rightEnd);
        Optional<Attribution> left = Attributions.before(all, leftStart, q.open());
        boolean rightFirst = ",?!—–-…".indexOf(lastInside) >= 0;
        // "dubbed a “golden couple” by fans"; but "he told them he was “troubled” by the situation" is his
        boolean passive = right.isPresent() && text.startsWith("by", right.get().cue().start())
                && (left.isEmpty() || right.get().mention().type() != SpeakerType.UNNAMED || passiveCue(all, left.get()));
        Optional<Attribution> attribution = (rightFirst || passive) && right.isPresent() ? right : left.or(() -> right);
        boolean sentenceStart = all.sentences().at(leftStart) || leftStart == 0;
        if (attribution.isEmpty()) {
            attribution = Attributions.anywhere(all, leftStart, q.open(), sentenceStart)
                    .or(() -> Attributions.anywhere(all, afterClose, rightEnd, false));
        }
        String introduction = text.substring(leftStart, q.open()).strip();
        if (attribution.isEmpty() && introduction.endsWith(":") && sentenceStart) {
            // "Mayor Berg has a new slogan: “…”" — the subject of the introducing sentence
            attribution = LooseSubjects.sentenceSubject(text, all.window(leftStart, q.open()))
                    .map(m -> new Attribution(m, colon(text, q.open()), false));
        }
        if (attribution.isEmpty() && leftStart == q.open()) {
            attribution = previousSentence(all, prevEnd, leftStart);
        }
        // Only symbols before the mark (an emoji, a bullet) still leave the quote standing alone.
        boolean direct = noLetterOrDigit(introduction) || ":,—–-".indexOf(introduction.charAt(introduction.length() - 1)) >= 0;
        boolean cueNearby = attribution.isPresent() || Attributions.hasCue(all, leftStart, rightEnd)
                || characterised(all, leftStart, q.open());
        boolean attributed = attribution.isPresent();
        if (attribution.isEmpty() && !direct && sentenceStart && cueNearby) {
            // A phrase quoted in a sentence without a speech verb is usually its subject's:
            // "Holt has gone after the mayor as a “tin-pot tyrant”".
            attribution = LooseSubjects.sentenceSubject(text, all.window(leftStart, q.open()))
                    .filter(m -> m.type() != SpeakerType.UNNAMED)
                    .map(m -> new Attribution(m, new Span(m.span().end(), m.span().end()), false));
        }
        int words = words(text, q.start(), q.end());
        boolean sentenceInside = ".?!…".indexOf(lastInside) >= 0 || lastInside == ',' && direct;
        if (!direct && !q.multiParagraph() && !sentenceInside && words <= 6 && looksLikeTitle(all, q)
                && afterPreposition(text, q.open())) {
            return Optional.empty(); // "said on “Fox News Sunday”": the name of a show or a work, even in a cued sentence
        }
        if (!q.multiParagraph() && words <= 8 && looksLikeTitle(all, q) && (Works.named(text, q.open())
                || Works.namedAfter(text, q.close()) || Works.afterPossessive(text, q.open()) || Works.heading(text, q.open(), q.close()))) {
            return Optional.empty(); // "his radio program “…”", "CNN’s “…”", a quoted heading on a line of its own
        }
        if (!q.multiParagraph() && !sentenceInside && words <= 10 && GermanCues.namesAWork(text, q.open())) {
            return Optional.empty(); // "die Tageszeitung „Neues Hafenblatt“", "Motto: „…“", "laut „Nordwind“"
        }
        if (!attributed && !q.multiParagraph()) {
            boolean title = words <= 6 && looksLikeTitle(all, q) && (!cueNearby || afterPreposition(text, q.open()));
            if (!direct && (!cueNearby && words <= SCARE_MAX_WORDS || title)) {
                return Optional.empty(); // a scare quote or a title
            }
            if (direct && words <= 2 && !sentenceInside) {
                return Optional.empty();
            }
        }
        QuoteKind kind = direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        double confidence;
        if (attribution.isPresent()) {
            confidence = attribution.get().adjacent() ? (direct ? 0.92 : 0.8) : (direct ? 0.8 : 0.7);
        } else {
            confidence = direct ? 0.6 : 0.45;
        }
        int start = q.start();
        int end = q.end();
        while (start < end && Tokens.isSpace(text.charAt(start))) {
            start++; // French « Nous … »: the spaces inside the marks are not the quote's words
        }
        while (end > start && Tokens.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return Optional.of(new Candidate(new Span(start, end), kind, attribution, confidence, attribution.isEmpty()));
    }

    /** "were once dubbed": the left cue is itself passive, so the by-phrase names the speaker. */
    private static boolean passiveCue(TextTokens all, Attribution left) {
        List<Token> before = all.window(Math.max(0, left.cue().start() - 30), left.cue().start());
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 2; k--) {
            if (before.get(k).in(Lexical.BE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quote standing alone after a sentence of its paragraph that holds no quote: that sentence's
     * speaker ("Ruiz, who lost the vote, called it a mistake. “We were not heard.”"), or its subject
     * when that is a person ("Sen. Ruiz singled out the young. “They are tired.”").
     */
    private static Optional<Attribution> previousSentence(TextTokens all, int prevEnd, int sentenceStart) {
        String text = all.text();
        int e = sentenceStart;
        while (e > prevEnd && Tokens.isSpace(text.charAt(e - 1))) {
            if (text.charAt(e - 1) == '\n') {
                return Optional.empty(); // another paragraph
            }
            e--;
        }
        if (e <= prevEnd || e == sentenceStart && sentenceStart > 0) {
            return Optional.empty();
        }
        int end = e;
        int s = all.sentences().before(e - 1, Math.max(prevEnd, e - WINDOW));
        if (s <= prevEnd && s > 0 || !all.sentences().at(s)) {
            return Optional.empty();
        }
        return Attributions.anywhere(all, s, end, true)
                .filter(a -> a.mention().type() == SpeakerType.PERSON || a.mention().type() == SpeakerType.PERSON_PRONOUN)
                .or(() -> LooseSubjects.sentenceSubject(text, all.window(s, end))
                        .filter(m -> m.type() == SpeakerType.PERSON || m.type() == SpeakerType.PERSON_PRONOUN)
                        .map(m -> new Attribution(m, new Span(m.span().end(), m.span().end()), false)));
    }

    /** "has been pounding the mayor as a “…”": someone's characterisation, even without a speech verb. */
    private static boolean characterised(TextTokens all, int from, int open) {
        List<Token> tokens = all.window(Math.max(from, open - 12), open);
        int n = tokens.size();
        if (n >= 1 && (tokens.get(n - 1).lower().equals("as") || tokens.get(n - 1).lower().equals("als"))) {
            return true; // "dismissed it as “…”", "bezeichnete die Erweiterung als „vernünftig“"
        }
        if (n >= 2 && tokens.get(n - 2).lower().equals("as") && Set.of("a", "an", "the").contains(tokens.get(n - 1).lower())) {
            return true;
        }
        return GermanCues.characterised(all.window(Math.max(from, open - 160), open));
    }

    private static Span colon(String text, int open) {
        int p = text.lastIndexOf(':', open);
        return new Span(p, p + 1);
    }

    private static final java.util.Set<String> TITLE_PREPOSITIONS = java.util.Set.of("on", "in", "at", "of", "from",
            "to", "with", "titled", "entitled", "headlined", "during", "about", "for", "called");

    /**
     * "on “Sunday Talk”", "in “Winter Letters”", "at the “Harbour Forum”": a capitalised quote after
     * these words (and an article) names a work, a show or an event.
     */
    private static boolean afterPreposition(String text, int open) {
        int s = wordBefore(text, open);
        String word = text.substring(s, open).strip().toLowerCase(java.util.Locale.ROOT);
        if (Set.of("the", "a", "an").contains(word) && s > 0) {
            word = text.substring(wordBefore(text, s), s).strip().toLowerCase(java.util.Locale.ROOT);
        }
        return TITLE_PREPOSITIONS.contains(word);
    }

    /** Where the word before {@code at} starts (skipping the spaces between); {@code at} when there is none. */
    private static int wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s < e ? s : at;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLink(String text, int from, int to) {
        String s = text.substring(from, to).strip();
        return s.indexOf(' ') < 0 && (s.contains("/") || s.contains("www.") || s.contains(".com") || s.contains("@"));
    }

    /** "Sunday Talk", "The Long Road Home": every word capitalised. */
    private static boolean looksLikeTitle(TextTokens all, QuotedSpan q) {
        for (Token t : all.window(q.start(), q.end())) {
            if (t.isWord() && !t.isCapitalised() && t.text().length() > 3) {
                return false;
            }
        }
        return true;
    }

    private static char lastNonSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** Whether no code point of {@code s} is a letter or digit. */
    private static boolean noLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
