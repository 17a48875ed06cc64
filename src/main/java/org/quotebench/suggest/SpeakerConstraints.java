package org.quotebench.suggest;

import java.util.Optional;
import java.util.Set;

/**
 * What the model may not overrule, because the grammar settles it: the subject of a passive cue with
 * its agent named ("The pair were dubbed … by fans": the fans speak), and a name in apposition to the
 * chosen role ("the festival's director, Hanna Lind, said": Hanna Lind is named).
 */
final class SpeakerConstraints {
    static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from");
    /** How far after a passive cue its "by" may come ("dubbed TV's “golden couple” by fans"). */
    private static final int AGENT_REACH = 12;

    private SpeakerConstraints() {
    }

    /**
     * How a candidate stands to a passive cue: 1 its subject ("The pair were once dubbed"), 2 the
     * agent after "by" of a cue with a form of "be" before it, 3 after "by" of another cue, else 0;
     * {@code back} is the candidate's {@link QuoteWindow#wordBefore}, read once by the caller.
     */
    static int passive(QuoteWindow w, SpeakerCandidate c, int back) {
        if (!c.inWindow()) {
            return 0;
        }
        if (passiveCueAfter(w, c) >= 0) {
            return 1;
        }
        if (back >= 0 && w.token(back).lower().equals("by")) {
            // the cue may stand before the quote: dubbed the town’s “odd couple” by neighbours
            int floor = back == w.split() ? 0 : w.halfStart(c);
            for (int i = back - 1; i >= floor && back - i <= AGENT_REACH; i--) {
                if (!w.quoted()[i] && w.isCue(i)) {
                    return i > 0 && isBe(w.token(i - 1)) || i > 1 && isBe(w.token(i - 2)) ? 2 : 3;
                }
            }
        }
        return 0;
    }

    /** Whether the candidate is the subject of a passive cue whose agent follows with "by": not a speaker. */
    static boolean spokenOf(QuoteWindow w, SpeakerCandidate c) {
        int cue = c.inWindow() ? passiveCueAfter(w, c) : -1;
        if (cue < 0 || c.rulesPick()) {
            return false;
        }
        for (int i = cue + 1; i < w.halfEnd(c) && i - cue <= AGENT_REACH; i++) {
            if (w.token(i).lower().equals("by") && !w.quoted()[i]) {
                return true;
            }
            if (w.token(i).is(".")) {
                return false;
            }
        }
        // the quote may stand between the cue and its agent: “…” by fans
        return w.before(c) && w.split() < w.size() && w.token(w.split()).lower().equals("by");
    }

    /** The cue of "was (once) dubbed" right after a candidate, or -1. */
    private static int passiveCueAfter(QuoteWindow w, SpeakerCandidate c) {
        boolean be = false;
        for (int k = c.last() + 1; k < w.halfEnd(c) && k - c.last() <= 4 && w.token(k).isWord(); k++) {
            Token t = w.token(k);
            if (be && w.isCue(k)) {
                return k;
            }
            if (isBe(t)) {
                be = true;
            } else if (!t.in(Lexical.AUXILIARY | Word.ADVERB)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the festival's director, Hanna Lind," / "Hanna Lind, the festival's director,": the name beside a
     * role. Also a name after a preposition that a person's name follows in apposition ("the governor of
     * Lagos State, Idris Bello, told", "a spokesman for the Kremlin, Dmitry Peskov, said"): the place or
     * body only completes the person's role.
     */
    static Optional<SpeakerCandidate> apposedName(QuoteWindow w, SpeakerCandidate role) {
        if (!role.inWindow() || role.kind() == SpeakerCandidate.Kind.PRONOUN || role.kind() == SpeakerCandidate.Kind.RELATIVE) {
            return Optional.empty();
        }
        SpeakerCandidate phrase = widest(w, role);
        boolean completesARole = role.kind() == SpeakerCandidate.Kind.NAME && w.wordBefore(phrase) >= 0
                && w.token(w.wordBefore(phrase)).in(Lexical.ROLE_PREPOSITION);
        if (role.kind() == SpeakerCandidate.Kind.NAME && !completesARole) {
            return Optional.empty();
        }
        for (SpeakerCandidate c : w.candidates()) {
            if (c.kind() != SpeakerCandidate.Kind.NAME || !c.inWindow() || c.first() - 1 >= w.size() || w.before(c) != w.before(role)) {
                continue;
            }
            boolean after = c.first() == role.last() + 2 && w.token(role.last() + 1).is(",") && c.last() - c.first() >= 1
                    || !completesARole && c.last() - c.first() >= 1 && afterItsPlace(w, role, c);
            boolean before = !completesARole && role.first() == c.last() + 2 && w.token(c.last() + 1).is(",") && c.last() - c.first() >= 1;
            if (after || before) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "a spokesman for the Kremlin, Dmitry Peskov,": the name follows the role's place or body and a comma. */
    private static boolean afterItsPlace(QuoteWindow w, SpeakerCandidate role, SpeakerCandidate name) {
        int k = role.last() + 1;
        if (k >= w.size() || !w.token(k).in(Lexical.ROLE_PREPOSITION)) {
            return false;
        }
        for (SpeakerCandidate place : w.candidates()) {
            boolean follows = place.first() == k + 1 || place.first() == k + 2 && w.token(k + 1).lower().equals("the");
            if (place.kind() == SpeakerCandidate.Kind.NAME && place.inWindow() && follows && name.first() == place.last() + 2
                    && w.token(place.last() + 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role a place or body completes: "governor of Lagos State" in "the governor of Lagos State,
     * Idris Bello, told", from the role's noun to the end of the name after its preposition.
     */
    static Optional<org.quotebench.core.Span> roleCompleted(QuoteWindow w, SpeakerCandidate name) {
        SpeakerCandidate phrase = widest(w, name);
        int preposition = w.wordBefore(phrase);
        if (preposition < 0 || !w.token(preposition).in(Lexical.ROLE_PREPOSITION)) {
            return Optional.empty();
        }
        for (SpeakerCandidate c : w.candidates()) {
            if (c.kind() == SpeakerCandidate.Kind.ROLE && c.inWindow() && c.last() == preposition - 1) {
                return Optional.of(new org.quotebench.core.Span(c.span().start(), phrase.span().end()));
            }
        }
        return Optional.empty();
    }

    /** The longest name candidate that ends where this one does (the rules may read only "State" of "Lagos State"). */
    private static SpeakerCandidate widest(QuoteWindow w, SpeakerCandidate role) {
        SpeakerCandidate phrase = role;
        for (SpeakerCandidate c : w.candidates()) {
            if (c.kind() == SpeakerCandidate.Kind.NAME && c.inWindow() && c.first() <= role.first() && c.last() == role.last()
                    && c.first() < phrase.first()) {
                phrase = c;
            }
        }
        return phrase;
    }

    private static boolean isBe(Token t) {
        return t.in(Lexical.BE);
    }
}
