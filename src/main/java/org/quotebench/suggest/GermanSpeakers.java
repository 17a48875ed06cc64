package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.Span;

/**
 * Who speaks a quotation in German news, read from the clause around it (issue 24), where German word
 * order puts the speaker: after "laut" or "so" ("laut einem Sprecher", "„…“, so Weber"), after the
 * verb of saying when something else comes first ("In einem Interview erklärte er: „…“", "„…“, sagte
 * der Minister"), else first in the clause ("Museumsdirektorin Eva Lenz hat erklärt: „…“"), and the
 * person quoted by someone else ("Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“"). A
 * quotation with no speaker of its own in reported speech (Konjunktiv: "Das sei „…“") continues the
 * previous speaker's words. Phrases are read by {@link GermanPhrases}.
 */
final class GermanSpeakers {
    /** What the clause says: the phrase naming the speaker and its cue, or that the previous speaker goes on. */
    record Reading(Optional<Mention> mention, Optional<Span> cue, boolean continues) {
        static final Reading NONE = new Reading(Optional.empty(), Optional.empty(), false);
        static final Reading CONTINUES = new Reading(Optional.empty(), Optional.empty(), true);
    }

    /** Nouns after "nach" that attribute ("nach Angaben der Polizei", "nach Aussagen der Anwältin"). */
    private static final Set<String> ACCORDING = Set.of("angaben", "aussagen", "aussage", "worten", "ansicht", "einschätzung",
            "darstellung", "informationen", "auffassung", "meinung", "überzeugung", "schätzung", "schätzungen");
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "aber", "doch", "denn", "sondern", "als", "wie", "dass",
            "weil", "wenn", "ob", "allerdings", "jedoch", "zwar", "nicht", "auch", "so", "da", "man", "es", "sich");
    /** Conjunctions that open a clause whose verb comes last ("indem sie … aufforderte"). */
    private static final Set<String> SUBORDINATING = Set.of("indem", "nachdem", "während", "wobei", "als", "weil", "da", "obwohl",
            "bevor", "ehe", "sodass", "wie");
    /** Konjunktiv II forms that carry reported speech on too, beside {@link GermanCues#REPORTED}'s Konjunktiv I. */
    private static final Set<String> SUBJUNCTIVE_II = Set.of("hätte", "hätten", "würde", "würden", "wäre", "wären", "könnte", "dürfe");

    private GermanSpeakers() {
    }

    /** How many sentences back a quotation without a cue of its own looks for who spoke. */
    private static final int SENTENCES_BACK = 3;

    /**
     * The reading for quotation {@code index} of {@code quoted}; {@code lastAttributed} is where the last
     * quotation given a speaker ended (a quotation without a cue looks back no further for one).
     */
    static Reading read(TextTokens tokens, List<QuotedSpan> quoted, int index, int lastAttributed) {
        QuotedSpan q = quoted.get(index);
        String text = tokens.text();
        int clauseStart = tokens.sentences().before(q.open(), 0);
        List<Token> left = new ArrayList<>();
        int k = index - 1;
        while (k >= 0 && quoted.get(k).close() >= clauseStart) {
            k--;
        }
        boolean afterQuote = false;
        for (Token t : tokens.within(clauseStart, q.open())) {
            while (k + 1 < index && quoted.get(k + 1).close() < t.start()) {
                k++;
            }
            boolean inside = k + 1 < index && quoted.get(k + 1).open() <= t.start();
            afterQuote |= inside;
            if (!inside) {
                left.add(t); // words in other quotation marks ("laut „Nordwind“") say nothing about who speaks here
            }
        }
        int ceiling = index + 1 < quoted.size() ? quoted.get(index + 1).open() : text.length();
        int rightEnd = Math.min(ceiling, tokens.sentences().endAfter(Math.min(q.close() + 1, text.length()), ceiling));
        List<Token> right = q.close() + 1 < rightEnd ? tokens.within(q.close() + 1, rightEnd) : List.of();
        Reading fromLeft = left(text, left, afterQuote);
        if (fromLeft.mention().isPresent()) {
            return fromLeft;
        }
        Reading fromRight = right(text, right);
        if (fromRight.mention().isPresent()) {
            return fromRight;
        }
        boolean reported = reported(left) && lastSaying(left) < 0 || reported(right) && lastSaying(right) < 0;
        if (fromLeft.continues() || reported || left.isEmpty()) {
            Reading earlier = earlier(tokens, quoted, index, clauseStart, lastAttributed, left.isEmpty());
            return earlier.mention().isPresent() ? earlier : Reading.CONTINUES;
        }
        // "Die Partei will hohe Einkommen („ab 250.000 Euro“) stärker belasten": the clause's subject
        Optional<GermanPhrases.Phrase> first = firstPhrase(text, left, left.size());
        return first.isPresent() ? found(text, left, first.get(), -1) : Reading.NONE;
    }

    /**
     * A quotation with no cue of its own: who spoke in the sentences just before ("Der Verband widersprach
     * der Ansicht, dass … „…“, allerdings sei …"), not past the last quotation or its speaker.
     */
    private static Reading earlier(TextTokens tokens, List<QuotedSpan> quoted, int index, int clauseStart, int lastAttributed,
            boolean startsSentence) {
        int end = clauseStart;
        int floor = Math.max(0, Math.max(lastAttributed, index > 0 ? quoted.get(index - 1).close() + 1 : 0));
        for (int back = 0; back < SENTENCES_BACK && end > floor; back++) {
            int start = tokens.sentences().before(end - 1, 0);
            if (start < floor) {
                break;
            }
            List<Token> sentence = tokens.within(start, end);
            Reading r = byCue(tokens.text(), sentence);
            if (r.mention().isPresent()) {
                return r;
            }
            if (back == 0 && startsSentence) {
                // "Die Partei will am Kurs festhalten. „Wir wollen …“": a named subject just before speaks on
                Optional<GermanPhrases.Phrase> subject = firstPhrase(tokens.text(), sentence, sentence.size());
                if (subject.isPresent() && named(sentence, subject.get())) {
                    return found(tokens.text(), sentence, subject.get(), -1);
                }
            }
            end = start;
        }
        return Reading.NONE;
    }

    /** The clause before the quotation: its cue's speaker, else a phrase the colon or the verb before the quotation points to. */
    private static Reading left(String text, List<Token> ts, boolean afterQuote) {
        Reading byCue = byCue(text, ts);
        if (byCue.mention().isPresent()) {
            return byCue;
        }
        int n = ts.size();
        if (n > 0 && ts.get(n - 1).is(":")) {
            Optional<GermanPhrases.Phrase> first = firstPhrase(text, ts, n);
            if (first.isPresent()) {
                return found(text, ts, first.get(), -1);
            }
        }
        // "habe Weber „…“": a name (or "er") between a verb and the quotation
        Optional<GermanPhrases.Phrase> last = lastPhrase(ts, n);
        if (last.isPresent()) {
            return found(text, ts, last.get(), -1);
        }
        int verb = lastSaying(ts);
        boolean noSubject = verb >= 0 && (afterQuote || verb > 0 && ts.get(verb - 1).lower().equals("und"));
        return noSubject ? Reading.CONTINUES : Reading.NONE;
    }

    /** The speaker a cue in these words names: "laut X", "nach Angaben X", "zitiert X mit", a verb of saying's subject. */
    private static Reading byCue(String text, List<Token> ts) {
        int n = ts.size();
        for (int k = n - 1; k >= 0; k--) {
            String w = ts.get(k).lower();
            if (w.equals("laut") || w.equals("so") && k + 1 < n && ts.get(k + 1).isCapitalised() && k > 0 && ts.get(k - 1).is(",")) {
                Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, k + 1, n);
                if (p.isPresent() && p.get().kind() != GermanPhrases.Kind.PRONOUN) {
                    return found(text, ts, p.get(), k);
                }
            }
            if (w.equals("nach") && k + 2 < n && ACCORDING.contains(ts.get(k + 1).lower())) {
                Optional<GermanPhrases.Phrase> p = k + 2 < n && ts.get(k + 2).lower().equals("von")
                        ? GermanPhrases.at(ts, k + 3, n) : GermanPhrases.at(ts, k + 2, n);
                if (p.isPresent()) {
                    GermanPhrases.Phrase of = p.get();
                    return found(text, ts, new GermanPhrases.Phrase(k + 1, of.to(), of.kind(), of.subject(), of.head(), of.name()), k);
                }
            }
            if ((w.equals("zitiert") || w.equals("zitierte") || w.equals("zitieren")) && k + 1 < n) {
                int s = skipBetween(ts, k + 1, n);
                Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, s, n);
                if (p.isPresent() && p.get().to() < n && ts.get(p.get().to()).lower().equals("mit")) {
                    return found(text, ts, p.get(), k);
                }
            }
        }
        int verb = lastSaying(ts);
        // "…, indem sie den Rat aufforderte: „…“": the subject of the clause the verb ends
        if (verb > 0) {
            for (int k = verb - 1; k > 0; k--) {
                if (ts.get(k).is(",") && SUBORDINATING.contains(ts.get(k + 1).lower())) {
                    Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, k + 2, verb);
                    if (p.isPresent() && p.get().subject() >= GermanPhrases.PERHAPS) {
                        return found(text, ts, p.get(), verb);
                    }
                    break;
                }
            }
        }
        Optional<GermanPhrases.Phrase> first = firstPhrase(text, ts, n);
        if (verb >= 0) {
            // "In einem Interview sagte er", "Der Zeitung sagte Tom Berg": a pronoun or a name after the verb is its subject…
            Optional<GermanPhrases.Phrase> after = GermanPhrases.at(ts, skipBetween(ts, verb + 1, n), n);
            boolean afterComma = verb > 0 && ts.get(verb - 1).is(","); // "…, schreibt der Arbeitskreis": the words before are what it wrote
            if (after.isPresent() && (after.get().subject() == GermanPhrases.SURELY && after.get().kind() != GermanPhrases.Kind.DETERMINED
                    || afterComma && after.get().subject() == GermanPhrases.SURELY)) {
                return found(text, ts, after.get(), verb);
            }
            // …else the phrase before it ("Der Verband widersprach der Ansicht"), else an article's phrase after it
            if (first.isPresent() && first.get().to() <= verb) {
                return found(text, ts, first.get(), verb);
            }
            if (after.isPresent() && after.get().subject() >= GermanPhrases.PERHAPS) {
                return found(text, ts, after.get(), verb);
            }
        }
        return Reading.NONE;
    }

    /** Whether a phrase names someone: a name, or a body written in capitals ("die SPD"). */
    private static boolean named(List<Token> ts, GermanPhrases.Phrase p) {
        return p.kind() == GermanPhrases.Kind.NAME || p.name() >= 0 || ts.get(p.head()).inCapitals();
    }

    /** The last verb of saying in these words, or -1 ("gab … an" too). */
    private static int lastSaying(List<Token> ts) {
        int n = ts.size();
        for (int k = n - 1; k >= 0; k--) {
            if (GermanVerbs.isSaying(ts.get(k))) {
                return k;
            }
            if (ts.get(k).lower().equals("an") && k + 1 < n && (ts.get(k + 1).is(",") || ts.get(k + 1).is(":"))) {
                for (int g = k - 1; g >= 0; g--) {
                    String v = ts.get(g).lower();
                    if (v.equals("gab") || v.equals("gibt") || v.equals("gaben") || v.equals("geben")) {
                        return g; // "gab an, dass …"
                    }
                }
            }
        }
        return -1;
    }

    /** After the quotation: ", so X", ", sagte X", ", hatte X … erklärt", ", wie X sagte". */
    private static Reading right(String text, List<Token> ts) {
        int n = ts.size();
        int k = 0;
        while (k < n && (ts.get(k).is(",") || !ts.get(k).isWord() && !ts.get(k).is("."))) {
            k++;
        }
        if (k + 1 >= n || !ts.get(k).isWord() || ts.get(k).isCapitalised()) {
            return Reading.NONE;
        }
        String w = ts.get(k).lower();
        if (w.equals("so") && k + 2 < n && GermanVerbs.isSaying(ts.get(k + 1))) {
            k++; // "„…“, so charakterisierte ihn der Betriebsrat"
            w = ts.get(k).lower();
        }
        if (w.equals("so") || w.equals("wie") || w.equals("laut")) {
            Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, k + 1, n);
            return p.isPresent() ? found(text, ts, p.get(), k) : Reading.NONE;
        }
        if (CONJUNCTIONS.contains(w)) {
            return Reading.NONE;
        }
        Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, skipBetween(ts, k + 1, n), n);
        if (p.isPresent() && p.get().subject() >= GermanPhrases.PERHAPS) {
            return found(text, ts, p.get(), GermanVerbs.isSaying(ts.get(k)) ? k : -1);
        }
        return Reading.NONE;
    }

    /** The phrase the clause starts with, when a verb follows it: its subject. */
    private static Optional<GermanPhrases.Phrase> firstPhrase(String text, List<Token> ts, int n) {
        int start = 0;
        for (int k = 0; k + 1 < n; k++) {
            if (ts.get(k).is(":") && k + 1 < n - 1) {
                start = k + 1; // "Steuern: Die Partei will …": the heading is not the subject
            }
        }
        Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, start, n);
        if (p.isEmpty() || p.get().subject() == GermanPhrases.NOT || p.get().to() >= n) {
            return Optional.empty();
        }
        if (p.get().kind() == GermanPhrases.Kind.NAME && p.get().to() == start + 1 && !ts.get(start).inCapitals()
                && !GermanPhrases.seenInsideASentence(text, ts.get(start))) {
            return Optional.empty(); // "Unterdessen sagte …", "Ähnlich äußerte sich …"
        }
        int after = p.get().to();
        if (after + 2 < n && ts.get(after).is("(") && ts.get(after + 2).is(")")) {
            after += 3; // "Kristina Lenz (CDU) sagte"
        }
        if (after >= n) {
            return Optional.empty();
        }
        Token next = ts.get(after);
        boolean verbFollows = next.isWord() && !next.isCapitalised() && !CONJUNCTIONS.contains(next.lower())
                || next.is(",") && p.get().name() >= 0;
        return verbFollows ? p : Optional.empty();
    }

    /** "habe Weber „…“", "sagte er: „…“": a name or "er" right before the quotation, after a lower-case word. */
    private static Optional<GermanPhrases.Phrase> lastPhrase(List<Token> ts, int n) {
        int end = n;
        while (end > 0 && (ts.get(end - 1).is(":") || ts.get(end - 1).is(","))) {
            end--;
        }
        for (int from = Math.max(1, end - 3); from < end; from++) {
            Token before = ts.get(from - 1);
            if (!before.isWord() || before.isCapitalised() || CONJUNCTIONS.contains(before.lower())
                    || GermanPhrases.isDeterminer(before.lower()) || GermanPhrases.isAdjective(before) && !before.lower().endsWith("e")) {
                continue;
            }
            Optional<GermanPhrases.Phrase> p = GermanPhrases.at(ts, from, end);
            if (p.isPresent() && p.get().to() == end && p.get().subject() == GermanPhrases.SURELY
                    && p.get().kind() != GermanPhrases.Kind.DETERMINED) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static int skipBetween(List<Token> ts, int from, int n) {
        int k = from;
        while (k < n && GermanVerbs.BETWEEN.contains(ts.get(k).lower())) {
            k++;
        }
        return k;
    }

    private static boolean reported(List<Token> ts) {
        for (Token t : ts) {
            if (!t.isCapitalised() && (GermanCues.REPORTED.contains(t.lower()) || SUBJUNCTIVE_II.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static Reading found(String text, List<Token> ts, GermanPhrases.Phrase p, int cue) {
        Optional<Span> cueSpan = cue < 0 ? Optional.empty() : Optional.of(new Span(ts.get(cue).start(), ts.get(cue).end()));
        return new Reading(Optional.of(GermanMentions.of(text, ts, p)), cueSpan, false);
    }
}
