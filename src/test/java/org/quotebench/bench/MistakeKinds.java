package org.quotebench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;
import org.quotebench.suggest.QuoteFinder;
import org.quotebench.suggest.RankerExamples;

/**
 * Sorts the wrong speakers of an article into what went wrong: the gold has no source or marks the
 * cue word as one, the quote's marks were paired wrongly (its source inside it), the source was never
 * a candidate, or another candidate was chosen (by what the source and the choice are).
 */
final class MistakeKinds {
    /** One wrong speaker: its category and what it was. */
    record Mistake(String category, String doc, String got, String gold, String quote) {
        @Override
        public String toString() {
            return category + " | " + doc + " | got " + got + " | gold " + gold + " | " + quote;
        }
    }

    private static final Set<String> CUE_WORDS = Set.of("said", "says", "say", "told", "asked", "added", "according",
            "from", "wrote", "noted", "argued", "called");

    private MistakeKinds() {
    }

    static List<Mistake> of(BratCorpus.Doc doc, QuoteFinder finder) {
        String text = doc.text();
        int[] cps = text.codePoints().toArray();
        CodePointIndex index = new CodePointIndex(text);
        List<Suggestion> suggestions = finder.find(text);
        List<RankerExamples.QuoteCandidates> candidates = RankerExamples.of(text);
        List<Mistake> out = new java.util.ArrayList<>();
        for (BratCorpus.Unit u : doc.units()) {
            if (!u.quoted()) {
                continue;
            }
            Suggestion hit = null;
            for (Suggestion s : suggestions) {
                BratCorpus.Bound ps = PolnearScore.trim(cps, index.toCodePoint(s.span().start()), index.toCodePoint(s.span().end()));
                if (ps.end() > ps.start() && PolnearScore.inside(ps, u.content())) {
                    hit = s;
                    break;
                }
            }
            if (hit == null || PolnearScore.speakerOk(cps, index, hit, u.sources())) {
                continue;
            }
            String gold = u.sources().stream().map(b -> new String(cps, b.start(), b.end() - b.start())).toList().toString();
            String got = hit.speaker().orElse("-") + " [" + hit.mention().map(m -> m.textIn(text)).orElse("-") + "]";
            String quote = clip(hit.text());
            out.add(new Mistake(category(text, index, hit, u, candidates), doc.name(), got, gold, quote));
        }
        return out;
    }

    private static String category(String text, CodePointIndex index, Suggestion hit, BratCorpus.Unit unit,
            List<RankerExamples.QuoteCandidates> candidates) {
        if (unit.sources().isEmpty()) {
            return "gold: no source annotated";
        }
        BratCorpus.Bound source = unit.sources().get(0);
        Span gold = index.toSpan(source.start(), source.end());
        if (CUE_WORDS.contains(gold.textIn(text).strip().toLowerCase(Locale.ROOT))) {
            return "gold: the cue word marked as the source";
        }
        if (hit.span().contains(gold)) {
            return "quote: its marks paired wrongly, the source inside it";
        }
        RankerExamples.QuoteCandidates q = candidates.stream().filter(c -> c.quote().equals(hit.span())).findFirst().orElse(null);
        if (q == null) {
            return "quote: no candidates read";
        }
        String goldKind = null;
        String chosenKind = "nothing";
        for (int k = 0; k < q.candidates().size(); k++) {
            Span c = q.candidates().get(k);
            if (goldKind == null && unit.sources().stream().anyMatch(s -> c.overlaps(index.toSpan(s.start(), s.end())))) {
                goldKind = kind(q.kinds().get(k));
            }
            if (hit.mention().isPresent() && hit.mention().get().overlaps(c) && chosenKind.equals("nothing")) {
                chosenKind = kind(q.kinds().get(k));
            }
        }
        if (goldKind == null) {
            return "candidates: the source is not among them";
        }
        return "ranking: chose " + chosenKind + ", the source is " + goldKind;
    }

    /** "name before, the rules' pick" → "a name"; the side and the rules' pick are left for --verbose. */
    private static String kind(String described) {
        String k = described.split("[ ,]")[0];
        return switch (k) {
            case "name" -> "a name";
            case "pronoun", "relative" -> "a pronoun";
            case "role" -> "a role or group noun";
            case "document" -> "a document or medium";
            case "previous" -> "the previous speaker";
            default -> "another phrase";
        };
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
