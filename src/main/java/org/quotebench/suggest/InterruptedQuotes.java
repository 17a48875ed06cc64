package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;

/**
 * Joins a quote and the next one into one quote in two pieces where the attribution interrupts it:
 * {@code “We will,” she said, “and soon.”} and {@code “We will,” she said. “We owe it to them.”}
 * Counted on PolNeAR train (840 articles; the annotators' Content spans): when a quotation ending in
 * a comma, question or exclamation mark is followed by a short attribution that ends the sentence and
 * another quotation, the two were one attribution 95 times in 100 (792 of 833); when the attribution
 * ends with a comma, they were one when the second begins in lower case (31 of 35) and only half the
 * time when it begins with a capital (15 of 29), so those stay apart. Different speakers stay apart.
 */
final class InterruptedQuotes {
    /** At most this many characters of attribution between the pieces ("Mayor Renée Okafor told reporters after the vote."). */
    private static final int GAP = 80;

    private InterruptedQuotes() {
    }

    /**
     * The suggestions (ordered by start) with each interrupted quote joined into one; whether each suggestion
     * and the next are one interrupted quote is asked of the later half of many on another of {@code cores}
     * meanwhile (the answers depend on the two alone).
     */
    static List<Suggestion> join(TextTokens tokens, List<Suggestion> suggestions, RankingAhead.Cores cores) {
        int n = suggestions.size();
        boolean[] interrupted = new boolean[Math.max(0, n - 1)];
        int half = interrupted.length / 2;
        Aside<boolean[]> later = Aside.start(cores, n >= Aside.MIN_QUOTATIONS, () -> ask(tokens, suggestions, half, interrupted.length,
                interrupted));
        ask(tokens, suggestions, 0, half, interrupted);
        later.get();
        List<Suggestion> out = new ArrayList<>(n);
        boolean lastJoined = false;
        for (int i = 0; i < n; i++) {
            Suggestion next = suggestions.get(i);
            // a quote joined to the one before it is in two pieces already: no third is joined to it
            if (i > 0 && !lastJoined && interrupted[i - 1]) {
                out.set(out.size() - 1, joined(tokens.text(), suggestions.get(i - 1), next));
                lastJoined = true;
            } else {
                out.add(next);
                lastJoined = false;
            }
        }
        return out;
    }

    /** Answers, for each i in [{@code from}, {@code to}), whether suggestion i and the next are one interrupted quote. */
    private static boolean[] ask(TextTokens tokens, List<Suggestion> suggestions, int from, int to, boolean[] interrupted) {
        for (int i = from; i < to; i++) {
            Suggestion last = suggestions.get(i);
            interrupted[i] = last.fragments().size() == 1 && interrupted(tokens, last, suggestions.get(i + 1));
        }
        return interrupted;
    }

    private static boolean interrupted(TextTokens tokens, Suggestion a, Suggestion b) {
        if (a.kind() != QuoteKind.DIRECT || b.kind() != QuoteKind.DIRECT || b.fragments().size() != 1) {
            return false;
        }
        if (a.speaker().isPresent() && b.speaker().isPresent() && !a.speaker().equals(b.speaker())) {
            return false;
        }
        if (b.mention().filter(m -> m.start() >= b.span().end()).isPresent()) {
            return false; // the second has an attribution of its own after it ("…” to drive up the stock, she said)
        }
        String text = tokens.text();
        int from = a.span().end();
        int to = b.span().start();
        if (to <= from || to - from > GAP) {
            return false;
        }
        String between = text.substring(from, to);
        String gap = outsideMarks(between); // a quote's span may leave its marks out
        if (gap.length() < 2 || between.indexOf('\n') >= 0 || hasMark(gap)) {
            return false;
        }
        char ends = lastWordChar(a.text());
        if (ends != ',' && ends != '?' && ends != '!') {
            return false;
        }
        char closes = gap.charAt(gap.length() - 1);
        String inside = gap.substring(0, gap.length() - 1);
        if (inside.indexOf('.') >= 0 && !abbreviatedOnly(inside) || inside.indexOf('?') >= 0 || inside.indexOf('!') >= 0) {
            return false; // more than the attribution: a sentence of its own between the quotations
        }
        boolean goesOn = closes == '.' || closes == ',' && startsLowerCase(b.text());
        return goesOn && hasCue(tokens, from, to);
    }

    /**
     * One quote of the two pieces, attributed as the piece whose speaker is named in the words between
     * them ("she said": that is the whole quote's attribution), else as the first piece, else the second.
     */
    private static Suggestion joined(String text, Suggestion a, Suggestion b) {
        Span between = new Span(a.span().end(), b.span().start());
        Suggestion said = b.speaker().isPresent() && b.mention().filter(between::contains).isPresent()
                && a.mention().filter(between::contains).isEmpty() ? b
                : a.speaker().isPresent() || b.speaker().isEmpty() ? a : b;
        Span hull = new Span(a.span().start(), b.span().end());
        return new Suggestion(hull, text.substring(hull.start(), hull.end()), QuoteKind.DIRECT, said.speaker(), said.mention(),
                said.cue(), Math.max(a.confidence(), b.confidence()), said.role(), said.speakerKind(), List.of(a.span(), b.span()));
    }

    /** The stretch between two quotations without the marks that close the one and open the other, nor spaces. */
    private static String outsideMarks(String between) {
        int a = 0;
        int b = between.length();
        while (a < b && (Tokens.isSpace(between.charAt(a)) || QuoteMarks.isMark(between.charAt(a)))) {
            a++;
        }
        while (b > a && (Tokens.isSpace(between.charAt(b - 1)) || QuoteMarks.isMark(between.charAt(b - 1)))) {
            b--;
        }
        return between.substring(a, b);
    }

    /** The last character of the quote's words before its closing marks and spaces. */
    private static char lastWordChar(String quote) {
        for (int i = quote.length() - 1; i >= 0; i--) {
            char c = quote.charAt(i);
            if (!Tokens.isSpace(c) && !QuoteMarks.isMark(c)) {
                return c;
            }
        }
        return 0;
    }

    private static boolean startsLowerCase(String quote) {
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QuoteMarks.isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every full stop in the attribution ends an abbreviation or initial ("Sen.", "J."), not a sentence. */
    private static boolean abbreviatedOnly(String s) {
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            int w = i;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                w--;
            }
            if (i - w == 0 || i - w > 4 || !Character.isUpperCase(s.charAt(w))) {
                return false;
            }
        }
        return true;
    }

    /** A speech verb between the pieces; not {@link Attributions#hasCue}, whose speech nouns ("statement") join one train quote too many. */
    private static boolean hasCue(TextTokens tokens, int from, int to) {
        for (Token t : tokens.window(from, to)) {
            if (t.cue(false)) {
                return true;
            }
        }
        return false;
    }
}
