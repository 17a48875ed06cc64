package org.quotebench.suggest;

import java.util.Optional;
import org.quotebench.core.Span;

/**
 * The mention a chosen candidate gives the tracker: the rules' reading of the phrase where they
 * read it, else a role and name split read here, a pronoun's person or group, a relative's antecedent.
 */
final class CandidateMentions {
    private CandidateMentions() {
    }

    /** The mention a chosen candidate gives: the rules' reading where there is one, else one read here. */
    static Mention of(QuoteWindow w, SpeakerCandidate c) {
        if (c.mention().isPresent()) {
            return c.mention().get();
        }
        String words = c.span().textIn(w.text());
        if (c.first() == c.last() && w.token(c.first()).lower().startsWith("a-t-")) {
            Optional<Mention> inverted = SpeakerPhrases.pronoun(w.token(c.first())); // French "a-t-il ajouté": il
            if (inverted.isPresent()) {
                return inverted.get();
            }
        }
        return switch (c.kind()) {
            case PRONOUN -> pronoun(c.span(), w.token(c.first()).lower());
            case RELATIVE -> antecedent(w, c).map(m -> new Mention(c.span(), m.name(), m.role(), m.type()))
                    .orElse(new Mention(c.span(), words, Optional.empty(),
                            words.equalsIgnoreCase("who") ? SpeakerType.PERSON_PRONOUN : SpeakerType.GROUP_PRONOUN));
            case NAME -> SpeakerPhrases.analyse(w.text(), w.tokens(), c.first(), c.last())
                    .orElse(new Mention(c.span(), words, Optional.empty(), SpeakerType.PERSON));
            case ROLE, DOCUMENT, OTHER -> SpeakerPhrases.analyse(w.text(), w.tokens(), c.first(), c.last())
                    .filter(m -> m.span().overlaps(c.span()))
                    .orElse(new Mention(c.span(), words, Optional.empty(), SpeakerType.UNNAMED));
        };
    }

    /** he, his and him speak for a person (whose gender the pronoun gives); they, their, it and we for a group. */
    private static Mention pronoun(Span span, String lower) {
        String as = switch (lower) {
            case "his" -> "he";
            case "her" -> "she";
            default -> lower;
        };
        boolean person = Lexicon.PERSON_PRONOUNS.contains(as) || as.equals("i") || as.equals("you") || as.equals("my");
        return new Mention(span, as, Optional.empty(), person ? SpeakerType.PERSON_PRONOUN : SpeakerType.GROUP_PRONOUN);
    }

    /** "Dana Holt, who …": the name or noun just before a relative pronoun. */
    static Optional<Mention> antecedent(QuoteWindow w, SpeakerCandidate relative) {
        SpeakerCandidate best = null;
        for (SpeakerCandidate c : w.candidates()) {
            if (c.inWindow() && c.last() < relative.first() && relative.first() - c.last() <= 2
                    && c.kind() != SpeakerCandidate.Kind.RELATIVE && c.kind() != SpeakerCandidate.Kind.PRONOUN
                    && (best == null || c.last() > best.last() || c.last() == best.last() && c.first() < best.first())) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(b -> of(w, b));
    }
}
