package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Span;

/**
 * The mention a German speaker phrase ({@link GermanPhrases}) gives the tracker (issue 24): "er" and
 * "sie" to resolve; a name with the roles before it as its role ("VW-Chef Winterkorn": Winterkorn, role
 * VW-Chef); a role with a person in apposition as that person; a body written in capitals as an
 * organisation ("Die Partei" is not, "die SPD" is); any other phrase as an unnamed source, named by
 * the phrase without its article ("einer Mitteilung des Amtes": "Mitteilung des Amtes").
 */
final class GermanMentions {
    private GermanMentions() {
    }

    /**
     * The role noun of a definite phrase that refers back to someone ("der Minister", "die neue
     * Sprecherin": Minister, Sprecherin), if the mention is one; "ein Sprecher" introduces someone new.
     */
    static Optional<String> definiteRole(String text, Mention m) {
        if (m.type() != SpeakerType.UNNAMED) {
            return Optional.empty();
        }
        String words = m.span().textIn(text);
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("der ") && !lower.startsWith("die ")) {
            return Optional.empty();
        }
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return GermanRoles.isRole(last.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(last) : Optional.empty();
    }

    static Mention of(String text, List<Token> ts, GermanPhrases.Phrase p) {
        Span whole = new Span(ts.get(p.from()).start(), ts.get(p.to() - 1).end());
        if (p.kind() == GermanPhrases.Kind.PRONOUN) {
            return new Mention(whole, ts.get(p.from()).lower(), Optional.empty(), SpeakerType.PERSON_PRONOUN);
        }
        if (p.name() >= 0) {
            int nameEnd = p.name();
            while (nameEnd < p.to() && ts.get(nameEnd).isWord() && ts.get(nameEnd).isCapitalised() && nameEnd - p.name() < 4) {
                nameEnd++;
            }
            String name = text.substring(ts.get(p.name()).start(), ts.get(nameEnd - 1).end());
            int roleEnd = p.name();
            while (roleEnd > p.from() && !ts.get(roleEnd - 1).isWord()) {
                roleEnd--;
            }
            int roleStart = p.from();
            if (roleStart < roleEnd && GermanPhrases.isDeterminer(ts.get(roleStart).lower())) {
                roleStart++;
            }
            Optional<String> role = roleStart < roleEnd
                    ? Optional.of(text.substring(ts.get(roleStart).start(), ts.get(roleEnd - 1).end())) : Optional.empty();
            if (p.kind() == GermanPhrases.Kind.DETERMINED && ts.get(p.head()).inCapitals()) {
                // "der AK Datenschutz": a body whose short name comes first
                return new Mention(whole, text.substring(ts.get(p.head()).start(), ts.get(nameEnd - 1).end()), Optional.empty(),
                        SpeakerType.ORGANISATION);
            }
            boolean body = p.name() == nameEnd - 1 && ts.get(p.name()).inCapitals();
            return new Mention(whole, name, body ? Optional.empty() : role, body ? SpeakerType.ORGANISATION : SpeakerType.PERSON);
        }
        Token head = ts.get(p.head());
        int from = p.from();
        if (p.kind() == GermanPhrases.Kind.DETERMINED && GermanPhrases.isDeterminer(ts.get(from).lower())) {
            from++; // "der Landesrechnungshof": Landesrechnungshof, as a list of speakers reads it
        }
        String words = text.substring(ts.get(from).start(), ts.get(p.to() - 1).end());
        if (head.inCapitals()) {
            return new Mention(whole, text.substring(head.start(), ts.get(p.to() - 1).end()), Optional.empty(), SpeakerType.ORGANISATION);
        }
        return new Mention(whole, words, Optional.empty(), SpeakerType.UNNAMED);
    }
}
