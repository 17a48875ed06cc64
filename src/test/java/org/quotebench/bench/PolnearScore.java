package org.quotebench.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;

/**
 * The team's PolNeAR scorer ({@code tools/score_polnear.py} in the reference folder ({@link Reference})) in Java, so that the
 * evaluation can score many runs without writing files; it gives the script's numbers exactly.
 * Recall: quoted gold units with a suggestion inside; precision: suggestions inside any content;
 * speaker: on found units, the mention overlaps a gold source, or the name shares a capitalised
 * word of four letters or more with it.
 */
final class PolnearScore {
    private static final String TRIM = " \t\n\"'“”„‟«»‹›‚‘’,.;:";
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][\\w'’-]{3,}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("[\\w'’-]{4,}", Pattern.UNICODE_CHARACTER_CLASS);

    int units;
    int found;
    int speakerRight;
    int predicted;
    int inside;
    final List<String> mistakes = new ArrayList<>();

    /** Adds another score's counts (and mistakes) to this one. */
    void addAll(PolnearScore other) {
        units += other.units;
        found += other.found;
        speakerRight += other.speakerRight;
        predicted += other.predicted;
        inside += other.inside;
        mistakes.addAll(other.mistakes);
    }

    /** Adds one article's suggestions. */
    void add(BratCorpus.Doc doc, List<Suggestion> suggestions) {
        String text = doc.text();
        int[] cps = text.codePoints().toArray();
        CodePointIndex index = new CodePointIndex(text);
        List<BratCorpus.Bound> contents = doc.units().stream().map(BratCorpus.Unit::content).toList();
        List<BratCorpus.Bound> trimmed = new ArrayList<>();
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : suggestions) {
            BratCorpus.Bound ps = trim(cps, index.toCodePoint(s.span().start()), index.toCodePoint(s.span().end()));
            if (ps.end() <= ps.start()) {
                continue;
            }
            predicted++;
            if (contents.stream().anyMatch(c -> inside(ps, c))) {
                inside++;
            } else {
                mistakes.add("OUT " + doc.name() + " " + clip(cps, ps));
            }
            trimmed.add(ps);
            kept.add(s);
        }
        for (BratCorpus.Unit u : doc.units()) {
            if (!u.quoted()) {
                continue;
            }
            units++;
            int hit = -1;
            for (int i = 0; i < trimmed.size() && hit < 0; i++) {
                if (inside(trimmed.get(i), u.content())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                mistakes.add("MISS " + doc.name() + " " + clip(cps, u.content()));
                continue;
            }
            found++;
            Suggestion s = kept.get(hit);
            if (speakerOk(cps, index, s, u.sources())) {
                speakerRight++;
            } else {
                List<String> gold = u.sources().stream().map(b -> str(cps, b.start(), b.end())).toList();
                String mention = s.mention().map(m -> text.substring(m.start(), m.end())).orElse("-");
                mistakes.add("SPEAKER " + doc.name() + " got " + s.speaker().orElse("-") + " [" + mention + "] gold "
                        + gold + " " + clip(cps, u.content()));
            }
        }
    }

    static boolean speakerOk(int[] cps, CodePointIndex index, Suggestion s, List<BratCorpus.Bound> sources) {
        for (BratCorpus.Bound src : sources) {
            String sourceText = str(cps, src.start(), src.end());
            if (sourceText.isEmpty()) {
                return true; // the script compares the mention's "text" (which we do not write, so "") with it
            }
            if (s.mention().isPresent()) {
                Span m = s.mention().get();
                if (Math.min(index.toCodePoint(m.end()), src.end()) > Math.max(index.toCodePoint(m.start()), src.start())) {
                    return true;
                }
            }
            if (s.speaker().isPresent() && nameMatch(s.speaker().get(), sourceText)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicted name shares a capitalised word of four letters or more with a gold source's text. */
    static boolean nameMatch(String name, String sourceText) {
        Set<String> words = new HashSet<>();
        Matcher m = CAPITALISED.matcher(sourceText);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        Matcher p = WORD.matcher(name);
        while (p.find()) {
            if (words.contains(p.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(BratCorpus.Bound p, BratCorpus.Bound g) {
        int inter = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
        return inter > 0 && inter * 2 >= p.end() - p.start();
    }

    static BratCorpus.Bound trim(int[] cps, int s, int e) {
        while (s < e && TRIM.indexOf(cps[s]) >= 0) {
            s++;
        }
        while (e > s && TRIM.indexOf(cps[e - 1]) >= 0) {
            e--;
        }
        return new BratCorpus.Bound(s, e);
    }

    private static String str(int[] cps, int s, int e) {
        return new String(cps, s, Math.max(0, Math.min(e, cps.length) - s));
    }

    private static String clip(int[] cps, BratCorpus.Bound b) {
        String s = str(cps, b.start(), b.end()).replace('\n', ' ');
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    double recall() {
        return units == 0 ? 0 : (double) found / units;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) inside / predicted;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
        return found == 0 ? 0 : (double) speakerRight / found;
    }

    String summary() {
        return String.format(Locale.ROOT, "quoted recall %.3f (%d/%d), precision %.3f (%d/%d), F1 %.3f, speaker accuracy %.3f (%d/%d)",
                recall(), found, units, precision(), inside, predicted, f1(), speakerAccuracy(), speakerRight, found);
    }
}
