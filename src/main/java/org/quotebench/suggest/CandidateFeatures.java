package org.quotebench.suggest;

import java.util.Arrays;
import java.util.Set;
import org.quotebench.core.QuoteKind;

/**
 * What the ranker knows about one candidate speaker of a quote, as hashed feature ids: its side and
 * distance, the sentence and paragraph between, a cue next to it, whether it lies between cue and
 * quote, an apposition, a preposition or possessive before it, object or subject of the cue, its
 * shape and head word, the rules' pick and the previous quote's speaker. Each feature is given
 * alone and joined with the candidate's side and kind. One instance per quote window.
 */
final class CandidateFeatures {
    /** Templates that tests look for (the others are numbered where they are made). */
    static final int CUE_AFTER = 20;
    static final int PREPOSITION = 26;
    static final int APPOSITION = 30;
    static final int POSSESSIVE = 34;
    static final int PASSIVE = 54;

    /** Changes whenever a feature changes: a model trained on other features is refused. */
    static final int VERSION = 1;

    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my");
    static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "asked", "asks", "urged", "urges",
            "called", "calls", "accused", "accuses", "blamed", "praised", "criticized", "criticised", "slammed", "mocked",
            "dubbed", "labeled", "labelled", "branded", "described", "describes", "warned", "warns", "thanked", "attacked");

    private final QuoteWindow w;
    /** Whether a line break stands between the window's last token before the quote and its first after it. */
    private final boolean paragraphAcrossQuote;
    private final CandidatePositions positions;
    /** Where a candidate's ids are read, one per thread and reused for every candidate of every window (no garbage). */
    private static final ThreadLocal<FeatureIds> BUILDERS = ThreadLocal.withInitial(FeatureIds::new);
    private final boolean german;
    /** Mixed into every feature id of a German window. */
    private static final int GERMAN = 0x6465;
    /** The cues nearest the quote before and after it (-1: none), and how the quote's words end. */
    private final int nearestCueBefore;
    private final int nearestCueAfter;
    private final int lastInside;
    private final boolean quoteOpensSentence;
    private final boolean quoteOpensParagraph;

    CandidateFeatures(QuoteWindow w) {
        this(w, false);
    }

    /**
     * The features of a window; in German text ({@code german}) every feature gets an id of its own
     * (issue 24), so that what a workspace teaches about German never moves what the shipped model
     * knows about English, and an untaught model knows nothing of German.
     */
    CandidateFeatures(QuoteWindow w, boolean german) {
        this.w = w;
        this.german = german;
        this.positions = new CandidatePositions(w);
        nearestCueBefore = nearestCue(true);
        nearestCueAfter = nearestCue(false);
        lastInside = lastInside();
        quoteOpensSentence = w.all().sentences().at(w.quote().open());
        quoteOpensParagraph = w.split() > 0 && w.anyBetween(w.token(w.split() - 1).end(), w.quote().open(), '\n');
        paragraphAcrossQuote = w.split() > 0 && w.split() < w.size()
                && w.anyBetween(w.token(w.split() - 1).end(), w.token(w.split()).start(), '\n');
    }

    /**
     * The sentence starts among window tokens [{@code from}, {@code to}) of one half (before the quote
     * when {@code before}), counted by the text's tokens: a half is a run of them.
     */
    private int sentencesIn(int from, int to, boolean before) {
        return w.all().sentencesBefore(w.globalEnd(to, before)) - w.all().sentencesBefore(w.globalEnd(from, before));
    }

    /**
     * The paragraph breaks before window tokens [{@code from}, {@code to}) of one half; the first token
     * after the quote counts a break anywhere after the last token before it (none when the window
     * starts at the quote), as the quote stands between them.
     */
    private int paragraphsIn(int from, int to, boolean before) {
        if (!before && from == w.split() && to > from) {
            return (paragraphAcrossQuote ? 1 : 0) + paragraphsIn(from + 1, to, false);
        }
        return w.all().paragraphsBefore(w.globalEnd(to, before)) - w.all().paragraphsBefore(w.globalEnd(from, before));
    }

    /** Whether a window token in [{@code from}, {@code to}) lies inside another quotation. */
    private boolean quotedIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (w.quoted()[i]) {
                return true;
            }
        }
        return false;
    }

    /** The feature ids of candidate {@code k} of the window (a new array, for training). */
    int[] of(int k) {
        FeatureIds builder = BUILDERS.get();
        builder.collect();
        read(k, builder);
        conjoin(builder);
        return Arrays.copyOf(builder.ids, builder.size);
    }

    /** The model's score of candidate {@code k}, read without keeping its features: the sum of the weights of {@link #of}'s ids. */
    float score(int k, RankerModel model) {
        FeatureIds builder = BUILDERS.get();
        if (german) {
            builder.collect();
            read(k, builder);
            conjoin(builder);
            return model.score(builder.ids, builder.size);
        }
        builder.score(model.tables());
        read(k, builder);
        return builder.sum();
    }

    private void conjoin(FeatureIds builder) {
        if (german) {
            for (int i = 0; i < builder.size; i++) {
                builder.ids[i] = FeatureIds.mix(builder.ids[i], GERMAN);
            }
        }
    }

    /** Reads candidate {@code k}'s features into {@code f}. */
    private void read(int k, FeatureIds f) {
        SpeakerCandidate c = w.candidates().get(k);
        int side = !c.inWindow() ? 2 : w.before(c) ? 0 : 1;
        f.context = side * 8 + c.kind().ordinal();
        int shape = (w.kind() == QuoteKind.DIRECT ? 0 : 5) + lastInside;
        int rules = c.rulesPick() ? 1 : w.rules().isPresent() && w.rules().get().mention().span().overlaps(c.span()) ? 2 : 0;
        f.add(1, 0);
        f.add(2, shape);
        f.add(4, w.inherits() ? 1 : 0);
        f.add(5, w.rules().isPresent() ? (w.rules().get().adjacent() ? 1 : 2) : 0);
        f.add(6, rules * 3 + (w.rules().isEmpty() ? 0 : w.rules().get().adjacent() ? 1 : 2));
        if (c.previous()) {
            f.add(8, w.inherits() ? 1 : 0);
            f.add(9, w.rules().isPresent() ? 1 : 0);
        }
        if (!c.inWindow()) {
            f.pairs(f.context, shape, rules, c.previous() ? 1 : 0, w.inherits() ? 1 : 0);
            return;
        }
        boolean before = side == 0;
        int distance = before ? w.split() - 1 - c.last() : c.first() - w.split();
        int from = before ? c.last() + 1 : w.split();
        int to = before ? w.split() : c.first() + 1;
        int sentencesBetween = Math.min(2, sentencesIn(from, to, before) + (before && quoteOpensSentence ? 1 : 0));
        boolean paragraphBetween = paragraphsIn(from, to, before) > 0 || before && quoteOpensParagraph;
        boolean quoteBetween = before ? quotedIn(c.last() + 1, w.split()) : quotedIn(w.split(), c.first());
        int rank = Math.min(positions.rank(k, false), 4);
        f.add(10, bucket(distance));
        f.add(11, rank);
        f.add(12, sentencesBetween);
        f.add(13, paragraphBetween ? 1 : 0);
        f.add(14, quoteBetween ? 1 : 0);
        f.add(15, Math.min(rank, 3) * 3 + sentencesBetween);
        f.add(16, Math.min(positions.rank(k, true), 3));
        f.add(17, Math.min(positions.fromSentenceStart(k), 3) * 3 + sentencesBetween); // 0: the subject of its sentence
        int verb = positions.verbAfter(k);
        f.add(18, verb);
        if (verb > 0) {
            // the nearest phrase followed by a verb is likeliest the subject whose clause holds the quote
            f.add(19, Math.min(positions.subjectsNearer(k), 2) * 3 + sentencesBetween);
        }
        int back = w.wordBefore(c); // the word before the candidate, past a determiner: asked three times
        int cue = cues(f, c, before, distance, back);
        words(f, c, back);
        neighbours(f, c);
        shape(f, c);
        f.pairs(f.context, shape, rules, c.previous() ? 1 : 0, w.inherits() ? 1 : 0, bucket(distance), rank,
            sentencesBetween, cue, paragraphBetween ? 1 : 0);
    }

    /**
     * A cue after the candidate (its subject) or before it (said X; told X: its object), whether it is
     * the cue nearest the quote, and the order of candidate, cue and quote; returns how the candidate
     * stands to a cue (0 none, 1 its subject, 2 after it, 3 after "according to"), plus 4 when that cue
     * is the nearest to the quote.
     */
    private int cues(FeatureIds f, SpeakerCandidate c, boolean before, int distance, int back) {
        int start = w.halfStart(c);
        int relation = 0;
        int cueAt = -1;
        int after = w.cueAfter(c);
        if (after >= 0) {
            relation = 1;
            cueAt = after;
            f.add(CUE_AFTER, 1);
            f.addWord(21, w.token(after).lower());
            f.add(22, bucket(distance));
        }
        if (back >= 0 && w.token(back).lower().equals("to") && back - 1 >= start && w.token(back - 1).lower().equals("according")) {
            relation = 3;
            cueAt = back;
        } else if (back >= 0 && w.isCue(back)) {
            String cue = w.token(back).lower();
            f.addWord(24, cue);
            boolean subjectBefore = back - 1 >= start && (w.token(back - 1).isCapitalised() && w.token(back - 1).isWord()
                    || w.token(back - 1).in(Lexical.PERSON_PRONOUN | Lexical.GROUP_PRONOUN));
            f.add(25, (subjectBefore ? 2 : 0) + (w.token(back).in(Lexical.OBJECT_CUE) ? 1 : 0));
            if (relation == 0) {
                relation = 2;
                cueAt = back;
            }
        }
        if (back >= 0 && w.token(back).isWord() && w.token(back).in(Lexical.PREPOSITION)) {
            f.addWord(PREPOSITION, w.token(back).lower());
        }
        // the order of candidate, cue and quote: X said: “…” / “…,” said X / “…,” X said
        int nearest = before ? nearestCueBefore : nearestCueAfter;
        boolean cueBetween = nearest >= 0 && (before ? nearest > c.last() : nearest < c.first());
        f.add(27, cueBetween ? 1 : 0);
        f.add(28, (cueBetween ? 1 : 0) * 8 + Math.min(bucket(distance), 7));
        boolean nearestCue = cueAt >= 0 && cueAt == nearest;
        f.add(29, relation * 2 + (nearestCue ? 1 : 0));
        return relation + (nearestCue ? 4 : 0);
    }

    /**
     * The words around the candidate and the quote as they are, so that the model learns the verbs
     * and phrases of attribution the cue list lacks ("thought", "took to Twitter").
     */
    private void words(FeatureIds f, SpeakerCandidate c, int back) {
        int after = c.last() + 1;
        while (after < w.halfEnd(c) && w.token(after).isWord() && w.token(after).in(Lexical.AUXILIARY)) {
            after++;
        }
        f.addWord(50, after < w.halfEnd(c) ? w.token(after).lower() : "");
        f.addWord(51, back >= 0 ? w.token(back).lower() : "");
        f.addWord(52, w.split() > 0 ? w.token(w.split() - 1).lower() : "");
        f.addWord(53, w.split() < w.size() ? w.token(w.split()).lower() : "");
        f.add(PASSIVE, SpeakerConstraints.passive(w, c, back));
    }

    /** The cue nearest the quote on one side, outside other quotations, or -1. */
    private int nearestCue(boolean before) {
        if (before) {
            for (int i = w.split() - 1; i >= 0; i--) {
                if (!w.quoted()[i] && w.isCue(i)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = w.split(); i < w.size(); i++) {
            if (!w.quoted()[i] && w.isCue(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Apposition, a bracket or comma before it, the sentence's start. */
    private void neighbours(FeatureIds f, SpeakerCandidate c) {
        int end = w.before(c) ? w.split() : w.size();
        int start = w.before(c) ? 0 : w.split();
        int n = c.last() + 1;
        if (n < end && w.token(n).is(",")) {
            for (int k = n + 1; k < end && k - n <= 14; k++) {
                if (w.token(k).is(",")) {
                    f.add(APPOSITION, k + 1 < end && w.isCue(k + 1) ? 2 : 1); // "X, a Y of Z, said"
                    break;
                }
                if (w.quoted()[k] || w.token(k).is(".")) {
                    break;
                }
            }
        }
        int p = c.first() - 1;
        if (p >= start) {
            Token before = w.token(p);
            if (before.is(",") && p - 1 >= start && w.token(p - 1).isWord() && w.token(p - 1).isCapitalised()) {
                f.add(31, 1); // "Peskov, the Kremlin spokesman": the aside itself
            }
            f.add(32, before.is("(") ? 1 : before.is(",") ? 2 : before.is(":") ? 3 : before.isWord() ? 0 : 4);
        }
        boolean opensSentence = c.span().start() == w.token(c.first()).start() ? w.all().sentenceStart(w.global(c.first()))
                : w.all().sentences().at(c.span().start());
        f.add(33, opensSentence ? 1 : 0);
        Token last = w.token(c.last());
        boolean possessive = last.possessive() || last.in(Lexical.POSSESSIVE_PRONOUN);
        if (possessive) {
            f.add(POSSESSIVE, 1);
            if (n < end && w.token(n).isWord()) {
                f.addWord(35, w.token(n).lower()); // "his claim", "Trump’s tweet"
            }
        }
    }

    /** Title case, capitals, length, head word, title and organisation words. */
    private void shape(FeatureIds f, SpeakerCandidate c) {
        int words = 0;
        boolean allCapitalised = true;
        boolean acronym = false;
        boolean title = false;
        boolean organisation = false;
        for (int i = c.first(); i <= c.last(); i++) {
            Token t = w.token(i);
            if (!t.isWord()) {
                continue;
            }
            words++;
            allCapitalised &= t.isCapitalised();
            acronym |= t.text().length() >= 2 && upperCase(t.text());
            title |= t.in(Lexical.TITLE);
            organisation |= t.in(Lexical.ORGANISATION_HEAD);
        }
        f.add(40, Math.min(words, 4));
        f.add(41, (allCapitalised ? 1 : 0) + (acronym ? 2 : 0));
        f.add(42, (title ? 1 : 0) + (organisation ? 2 : 0));
        String head = NameBook.stripPossessive(w.token(c.last()).lower());
        if (c.kind() != SpeakerCandidate.Kind.NAME) {
            f.addWord(43, head);
        } else {
            f.add(44, w.token(c.first()).in(Lexical.NOT_NAME) ? 1 : 0);
            f.addWord(45, w.token(c.first()).lower()); // a first word like Sen. or President
            String last = w.token(c.last()).text();
            int seen = w.names().mentionsAndKnows(last);
            f.add(46, (words >= 2 ? 1 : 0) + ((seen & 1) != 0 ? 2 : 0)); // a full name, or one the article gave in full
            int often = seen >> 1;
            f.add(49, often <= 1 ? 0 : often <= 3 ? 1 : often <= 7 ? 2 : often <= 15 ? 3 : 4); // who the article is about
            if (w.previousSpeaker().isPresent()) {
                String full = w.names().fullName(NameBook.stripPossessive(last), c.span().start());
                f.add(47, w.previousSpeaker().get().endsWith(full) || full.endsWith(w.previousSpeaker().get()) ? 1 : 0);
            }
        }
        int g = w.global(c.first());
        f.add(48, g == 0 || w.all().paragraphBefore(g) ? 1 : 0); // opens its line: a dateline, a byline
    }

    /** Whether a word is written in capitals ("NATO"): ASCII read directly, other scripts as {@link String#toUpperCase} says. */
    private static boolean upperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch >= 0x80) {
                return word.equals(word.toUpperCase(java.util.Locale.ROOT));
            }
            if (ch >= 'a' && ch <= 'z') {
                return false;
            }
        }
        return true;
    }

    private int lastInside() {
        for (int i = w.quote().close() - 1; i > w.quote().open(); i--) {
            char ch = w.text().charAt(i);
            if (!Character.isWhitespace(ch)) {
                return ch == ',' ? 1 : ch == '.' ? 2 : ch == '?' || ch == '!' ? 3 : ch == '—' || ch == '-' || ch == '…' ? 4 : 0;
            }
        }
        return 0;
    }

    private static int bucket(int distance) {
        if (distance <= 3) {
            return distance;
        }
        return distance <= 5 ? 4 : distance <= 8 ? 5 : distance <= 12 ? 6 : distance <= 20 ? 7 : distance <= 40 ? 8 : 9;
    }

    /** The id of a template's value, as {@link #of} gives it (alone, not joined with side and kind). */
    static int id(int template, int value) {
        return FeatureIds.mix(template, value);
    }

    /** The id of a template's word, as {@link #of} gives it. */
    static int id(int template, String word) {
        return FeatureIds.mix(template, word.hashCode());
    }
}
