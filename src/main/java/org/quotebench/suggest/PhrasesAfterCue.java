package org.quotebench.suggest;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Span;

/**
 * The speaker phrase that follows a cue ("said Peskov, the Kremlin spokesman", "according to the
 * event organiser", "called a charlatan by fellow physicians"); {@link SpeakerPhrases} reads the
 * one before it and the phrases themselves.
 */
final class PhrasesAfterCue {
    private PhrasesAfterCue() {
    }

    /** The speaker phrase starting just after the cue at {@code cue} ("said Peskov, the Kremlin spokesman"). */
    static Optional<Mention> after(String text, List<Token> tokens, int cue) {
        Optional<Mention> found = after(text, tokens, cue, cue + 1);
        int a = cue + 1;
        while (a < tokens.size() && a - cue <= 4 && (tokens.get(a).is("/") || Character.isDigit(tokens.get(a).text().charAt(0)))) {
            a++;
        }
        if (found.isEmpty() && a > cue + 1) {
            // "said 9/11 widow Ana Ruiz", "said 34-year-old nurse Ana Ruiz": a number before the phrase
            return after(text, tokens, cue, a).filter(m -> m.type() == SpeakerType.PERSON);
        }
        return found.or(() -> nameAfterLowerCaseRole(text, tokens, cue + 1));
    }

    /** "according to conservative talk radio host Rush Limbaugh": lower-case words, a title, then the name. */
    private static Optional<Mention> nameAfterLowerCaseRole(String text, List<Token> tokens, int a) {
        for (int k = a; k < tokens.size() - 1 && k - a < 5; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || t.in(Lexical.LISTED_CUE | Lexical.CLAUSE_WORD)) {
                return Optional.empty();
            }
            if (t.in(Lexical.TITLE) && SpeakerPhrases.isNameWord(tokens.get(k + 1))) {
                int d = k + 1;
                while (d < tokens.size() && d - k <= 4 && SpeakerPhrases.isNameWord(tokens.get(d))) {
                    d++;
                }
                String role = text.substring(tokens.get(a).start(), t.end());
                return SpeakerPhrases.analyse(text, tokens, k + 1, d - 1).filter(m -> m.type() == SpeakerType.PERSON)
                        .map(m -> m.withRole(Optional.of(role)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> after(String text, List<Token> tokens, int cue, int a) {
        // French inversion: a-t-il déclaré; Russian dash: «…», — сказал Песков
        if (a >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Mention> pronoun = SpeakerPhrases.pronoun(tokens.get(a));
        if (pronoun.isPresent()) {
            return pronoun;
        }
        int b = a;
        int free = 0;
        while (b < tokens.size() && b - a < SpeakerPhrases.MAX_PHRASE) {
            Token t = tokens.get(b);
            boolean afterDeterminer = b > a && (SpeakerPhrases.isDeterminer(tokens.get(b - 1)) || tokens.get(b - 1).in(Lexical.TITLE))
                    || free > 0 && free < 2;
            if (SpeakerPhrases.allowed(t)) {
                b++;
            } else if (afterDeterminer && t.isWord() && !t.isCapitalised() && !t.in(Lexical.LISTED_CUE | Lexical.AUXILIARY)
                    && !t.in(Lexical.CLAUSE_WORD)) {
                free++; // "according to the event organizer Alliance …"
                b++;
            } else {
                break;
            }
        }
        if (free > 0 && b < tokens.size() && tokens.get(b).is("by") && b + 1 < tokens.size() && passive(tokens, cue)) {
            // "has been called a charlatan by fellow physicians": a passive; its speaker follows "by"
            int agent = b + 1;
            return after(text, tokens, b, agent).or(() -> plainWords(text, tokens, agent));
        }
        b--;
        while (b >= a && SpeakerPhrases.isConnector(tokens.get(b))) {
            b--;
        }
        if (b < a) {
            return Optional.empty();
        }
        Optional<Mention> found = SpeakerPhrases.analyse(text, tokens, a, b);
        if (found.isEmpty() && free > 0) {
            int s = a;
            while (s < b && SpeakerPhrases.isDeterminer(tokens.get(s))) {
                s++;
            }
            Span span = new Span(tokens.get(s).start(), tokens.get(b).end());
            found = Optional.of(new Mention(span, text.substring(span.start(), span.end()), Optional.empty(),
                    SpeakerType.UNNAMED)); // "selon le syndicat des cheminots"
        }
        // "cautioned the chief negotiator, Maria Santos": the name after the comma, the phrase as role.
        if (found.isPresent() && found.get().type() == SpeakerType.UNNAMED && b + 2 < tokens.size()
                && tokens.get(b + 1).is(",")) {
            int c = b + 2;
            int d = c;
            while (d < tokens.size() && d - c < 5 && SpeakerPhrases.isNameWord(tokens.get(d))) {
                d++;
            }
            if (d - c >= 2) {
                Optional<Mention> named = SpeakerPhrases.analyse(text, tokens, c, d - 1);
                if (named.isPresent() && named.get().type() == SpeakerType.PERSON) {
                    return Optional.of(named.get().withRole(Optional.of(found.get().name())));
                }
            }
        }
        // "said Dmitry Peskov, the Kremlin spokesman": the phrase after the comma is the role.
        if (found.isPresent() && found.get().type() == SpeakerType.PERSON && found.get().role().isEmpty()
                && b + 2 < tokens.size() && tokens.get(b + 1).is(",")) {
            int c = b + 2;
            int d = c;
            while (d < tokens.size() && d - c < SpeakerPhrases.MAX_PHRASE && SpeakerPhrases.allowed(tokens.get(d))) {
                d++;
            }
            Token first = tokens.get(c);
            boolean roleLike = d > c && (SpeakerPhrases.isDeterminer(first)
                    || first.in(Lexical.TITLE | Lexical.SPEAKER_ADJECTIVE | Lexical.SPEAKER_NOUN));
            if (roleLike) {
                int s = c;
                while (s < d - 1 && SpeakerPhrases.isDeterminer(tokens.get(s))) {
                    s++;
                }
                return Optional.of(found.get().withRole(
                        Optional.of(text.substring(tokens.get(s).start(), tokens.get(d - 1).end()))));
            }
        }
        return found;
    }

    /** "has been called", "was widely dubbed": the cue is a passive, so its speaker is the by-phrase after it. */
    private static boolean passive(List<Token> tokens, int cue) {
        for (int k = cue - 1; k >= 0 && cue - k <= 2; k--) {
            String word = tokens.get(k).lower();
            if (tokens.get(k).in(Lexical.BE)) {
                return true;
            }
            if (!word.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /** "by fellow physicians", "by critics": up to four plain words, an unnamed speaker. */
    private static Optional<Mention> plainWords(String text, List<Token> tokens, int a) {
        int b = a;
        while (b < tokens.size() && b - a < 4 && tokens.get(b).isWord() && !tokens.get(b).in(Lexical.CLAUSE_WORD)
                && !tokens.get(b).in(Lexical.LISTED_CUE) && !SpeakerPhrases.isConnector(tokens.get(b))) {
            b++;
        }
        if (b == a) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(a).start(), tokens.get(b - 1).end());
        return Optional.of(new Mention(span, text.substring(span.start(), span.end()), Optional.empty(), SpeakerType.UNNAMED));
    }
}
