package org.quotebench.suggest;

import org.quotebench.core.Suggestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/**
 * Precision, recall and F1 per kind and speaker accuracy of the finder on the gold set. A suggestion
 * matches a gold quote when their spans, trimmed of marks, punctuation and spaces, overlap by at
 * least 80% of the longer one; the kind must agree for the per-kind counts.
 */
public final class Scores {
    /** Counts for one kind. */
    public record Counts(int gold, int predicted, int matched) {
        public double precision() {
            return predicted == 0 ? 1 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<QuoteKind, int[]> counts = new EnumMap<>(QuoteKind.class);
    private int found;
    private int speakerRight;
    private final List<String> mistakes = new ArrayList<>();

    public static Scores of(List<GoldSet.Article> articles, QuoteFinder finder) {
        Scores scores = new Scores();
        for (QuoteKind k : QuoteKind.values()) {
            scores.counts.put(k, new int[3]);
        }
        for (GoldSet.Article a : articles) {
            scores.add(a, pieces(a.text(), finder.find(a.text())));
        }
        return scores;
    }

    /**
     * The suggestions piece by piece: the set's gold marks each piece of an interrupted quote on its own
     * (“We have given them every chance,” he said. “They chose escalation.”), as PARC annotators who
     * split one into Content and Content2 do; each piece keeps the quote's speaker.
     */
    public static List<Suggestion> pieces(String text, List<Suggestion> found) {
        List<Suggestion> out = new java.util.ArrayList<>(found.size());
        for (Suggestion s : found) {
            for (org.quotebench.core.Span piece : s.fragments()) {
                out.add(s.fragments().size() == 1 ? s : new Suggestion(piece, text.substring(piece.start(), piece.end()), s.kind(),
                        s.speaker(), s.mention(), s.cue(), s.confidence(), s.role(), s.speakerKind()));
            }
        }
        return out;
    }

    private void add(GoldSet.Article article, List<Suggestion> predicted) {
        String text = article.text();
        for (Suggestion s : predicted) {
            counts.get(s.kind())[1]++;
        }
        boolean[] used = new boolean[predicted.size()];
        for (GoldSet.GoldQuote g : article.quotes()) {
            counts.get(g.kind())[0]++;
            int hit = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && matches(text, g.span(), predicted.get(i).span())) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                mistakes.add("MISS " + article.id() + " " + g.kind().code() + " " + clip(text, g.span()));
                continue;
            }
            used[hit] = true;
            Suggestion s = predicted.get(hit);
            if (s.kind() == g.kind()) {
                counts.get(g.kind())[2]++;
            } else {
                mistakes.add("KIND " + article.id() + " got " + s.kind().code() + " want " + g.kind().code() + " "
                        + clip(text, g.span()));
            }
            found++;
            if (sameSpeaker(g.speaker(), s.speaker())) {
                speakerRight++;
            } else {
                mistakes.add("SPEAKER " + article.id() + " got " + s.speaker().orElse("-") + " want "
                        + g.speaker().orElse("-") + " " + clip(text, g.span()));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                mistakes.add("EXTRA " + article.id() + " " + predicted.get(i).kind().code() + " "
                        + clip(text, predicted.get(i).span()));
            }
        }
    }

    static boolean matches(String text, Span gold, Span predicted) {
        Span g = trim(text, gold);
        Span p = trim(text, predicted);
        int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
        return overlap > 0 && overlap >= 0.8 * Math.max(g.length(), p.length());
    }

    private static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        String junk = " \t\n\"'“”„«»‘’‚‹›「」,.;:!?—–";
        while (s < e && junk.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && junk.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean sameSpeaker(Optional<String> gold, Optional<String> got) {
        if (gold.isEmpty() || got.isEmpty()) {
            return gold.isEmpty() && got.isEmpty();
        }
        return gold.get().strip().toLowerCase(Locale.ROOT).equals(got.get().strip().toLowerCase(Locale.ROOT));
    }

    private static String clip(String text, Span span) {
        String s = text.substring(span.start(), span.end()).replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    public Counts counts(QuoteKind kind) {
        int[] c = counts.get(kind);
        return new Counts(c[0], c[1], c[2]);
    }

    public double speakerAccuracy() {
        return found == 0 ? 0 : (double) speakerRight / found;
    }

    public int found() {
        return found;
    }

    public List<String> mistakes() {
        return mistakes;
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        for (QuoteKind k : QuoteKind.values()) {
            Counts c = counts(k);
            b.append(String.format(Locale.ROOT, "%-8s gold %3d  found %3d  right %3d   P %.2f  R %.2f  F1 %.2f%n", k.code(),
                    c.gold(), c.predicted(), c.matched(), c.precision(), c.recall(), c.f1()));
        }
        b.append(String.format(Locale.ROOT, "speaker accuracy on found quotes: %.2f (%d/%d)%n", speakerAccuracy(),
                speakerRight, found));
        return b.toString();
    }
}
