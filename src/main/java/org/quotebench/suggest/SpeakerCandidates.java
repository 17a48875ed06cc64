package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/**
 * Collects the phrases around a quote that may name its speaker, for the ranker to choose from:
 * runs of capitalised words, pronouns (relative who and which too), role and group nouns, nouns
 * that name documents, polls, messages and media, the phrases the rules read next to each cue, the
 * rules' own pick and the previous quote's speaker. Words inside other quotations are not candidates.
 */
final class SpeakerCandidates {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their",
            "its", "our", "my", "er", "sie", "il", "elle", "ils", "elles", "он", "она", "они");
    static final Set<String> RELATIVES = Set.of("who", "which");
    /** Nouns that name something written, counted or broadcast, which news lets speak ("the memo said"). */
    static final Set<String> DOCUMENTS = Set.of("memo", "memos", "report", "reports", "poll", "polls", "survey",
            "surveys", "study", "studies", "statement", "statements", "letter", "letters", "email", "emails", "e-mail",
            "tweet", "tweets", "post", "posts", "ad", "ads", "advertisement", "video", "videos", "clip", "book", "article",
            "piece", "story", "website", "site", "headline", "release", "filing", "lawsuit", "complaint", "document",
            "documents", "transcript", "message", "messages", "note", "op-ed", "editorial", "column", "interview",
            "speech", "platform", "bill", "law", "ruling", "order", "decision", "analysis", "data", "figures", "page",
            "blog", "newspaper", "magazine", "network", "paper", "outlet", "broadcast", "program", "show", "commercial",
            "spot", "petition", "resolution", "indictment", "motion", "brief", "guidelines", "rules", "bylaws", "policy",
            "findings", "estimate", "estimates", "results", "numbers", "research", "researchers", "sign", "signs",
            "banner", "caption", "label", "slogan", "chant", "account", "feed", "verdict", "warning", "summary");
    static final Set<String> NAME_PARTICLES = Set.of("of", "de", "van", "von", "al", "bin", "la", "le", "du",
            "da", "di", "des", "del", "der", "dos", "ibn", "el", "y");
    static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final int MAX_NAME = 6;

    private SpeakerCandidates() {
    }

    /**
     * The window around quote {@code index} of {@code quoted} with its candidates; {@code rules} is the
     * rules' attribution, {@code previous} the mention that named the previous quote's speaker.
     */
    static QuoteWindow around(String text, TextTokens all, List<QuotedSpan> quoted, int index, QuoteKind kind,
            Optional<Attribution> rules, boolean inherits, Optional<Mention> previous, NameBook names, Optional<String> previousSpeaker) {
        QuotedSpan q = quoted.get(index);
        int from = wordBoundary(text, Math.max(0, q.open() - QuoteWindow.LEFT));
        int to = Math.min(text.length(), q.close() + 1 + QuoteWindow.RIGHT);
        int leftStart = all.firstFrom(from);
        int rightStart = all.firstFrom(q.close() + 1);
        int leftEnd = all.endWithin(leftStart, q.open());
        List<Token> tokens = all.window(leftStart, leftEnd, rightStart, all.endWithin(rightStart, to));
        int split = leftEnd - leftStart;
        boolean[] inQuote = new boolean[tokens.size()];
        markQuoted(tokens, inQuote, quoted, index, from, to);
        List<SpeakerCandidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!inQuote[i] && tokens.get(i).isWord()) {
                i = read(tokens, inQuote, split, i, found);
            }
        }
        // the window reads its candidates through a view: those of the cues, the rules and the previous quote are added below
        QuoteWindow window = new QuoteWindow(text, q, kind, tokens, split, inQuote, Collections.unmodifiableList(found), rules,
                inherits, names, previousSpeaker, all, leftStart, rightStart);
        cuePhrases(window, found);
        if (rules.isPresent()) {
            merge(window, found, rules.get().mention(), true);
        }
        if (previous.isPresent()) {
            merge(window, found, previous.get(), false);
        }
        return window;
    }

    /** Reads the candidates that start at token {@code i}; returns the last token it used up. */
    private static int read(List<Token> tokens, boolean[] inQuote, int split, int i, List<SpeakerCandidate> found) {
        Token t = tokens.get(i);
        String lower = t.lower();
        if (!t.isCapitalised() || lower.equals("i")) {
            if (t.in(Lexical.PRONOUN) || lower.equals("i")) {
                found.add(single(t, i, SpeakerCandidate.Kind.PRONOUN));
            } else if (t.in(Lexical.RELATIVE) || lower.equals("that") && cueFollows(tokens, i + 1, limit(split, tokens.size(), i))) {
                found.add(single(t, i, SpeakerCandidate.Kind.RELATIVE)); // "Sanders, who said", "a message that said"
            } else if (t.in(Lexical.DOCUMENT)) {
                found.add(nounPhrase(tokens, inQuote, split, i, SpeakerCandidate.Kind.DOCUMENT));
            } else if (t.in(Lexical.SPEAKER_NOUN | Lexical.TITLE)
                    && !(i + 1 < limit(split, tokens.size(), i) && nameWord(tokens.get(i + 1)))) {
                // "survivor Anna Kerr", "spokesman Dmitry Peskov": the role belongs to the name after it
                found.add(nounPhrase(tokens, inQuote, split, i, SpeakerCandidate.Kind.ROLE));
            } else if (lower.equals("by")) {
                agent(tokens, inQuote, limit(split, tokens.size(), i), i + 1).ifPresent(found::add);
            } else if (!t.in(Lexical.FUNCTION_WORD | Lexical.CUE)
                    && cueFollows(tokens, i + 1, limit(split, tokens.size(), i))) {
                SpeakerCandidate subject = nounPhrase(tokens, inQuote, split, i, SpeakerCandidate.Kind.OTHER); // "organizers say"
                if (!afterPreposition(tokens, subject.first(), limit(split, tokens.size(), i) == split ? 0 : split)) {
                    found.add(subject); // not "riding along the avenues chanted"
                }
            }
            return i;
        }
        if (t.in(Lexical.PRONOUN)) {
            found.add(single(t, i, SpeakerCandidate.Kind.PRONOUN));
            return i;
        }
        if (t.in(Lexical.NOT_NAME)) {
            if (cueFollows(tokens, i + 1, limit(split, tokens.size(), i)) && !t.in(Lexical.CUE)) {
                found.add(single(t, i, SpeakerCandidate.Kind.OTHER)); // "Some chanted", "Many said", "Both argued"
            }
            return i;
        }
        int end = limit(split, tokens.size(), i);
        int j = i;
        while (j + 1 < end && j - i < MAX_NAME && !inQuote[j + 1] && !tokens.get(j).possessive()) {
            Token next = tokens.get(j + 1);
            if (nameWord(next)) {
                j++;
            } else if (j + 2 < end && !next.isCapitalised() && next.in(Lexical.NAME_PARTICLE) && nameWord(tokens.get(j + 2))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j > i && tokens.get(j).inCapitals() && tokens.get(j - 1).inCapitals()) {
            return j; // "THE BOARD HAS DOUBTS": a heading, not a name
        }
        found.add(new SpeakerCandidate(new Span(t.start(), tokens.get(j).end()), i, j, SpeakerCandidate.Kind.NAME,
                Optional.empty(), false, false));
        if (j + 1 < end && !inQuote[j + 1] && tokens.get(j).possessive()) {
            Token head = tokens.get(j + 1);
            if (head.in(Lexical.SPEAKER_NOUN | Lexical.DOCUMENT)) {
                // "Clinton’s campaign", "Trump’s tweet": the possessor and the thing it owns both may speak
                SpeakerCandidate.Kind kind = head.in(Lexical.DOCUMENT) ? SpeakerCandidate.Kind.DOCUMENT : SpeakerCandidate.Kind.ROLE;
                found.add(new SpeakerCandidate(new Span(t.start(), tokens.get(j + 1).end()), i, j + 1, kind,
                        Optional.empty(), false, false));
            }
        }
        return j;
    }

    /** Words that never head a speaker phrase. */
    static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "also", "not", "then", "that", "this",
            "it", "is", "was", "are", "were", "being", "has", "have", "had", "be", "been", "will", "would", "could", "should", "may", "might",
            "to", "of", "in", "on", "at", "for", "with", "as", "so", "there", "here", "what", "when", "where", "how",
            "why", "now", "once", "never", "even", "just", "only", "still", "again", "later", "first", "last", "who",
            "which", "whom", "whose", "the", "a", "an", "if", "than", "because", "while", "after", "before", "since");

    /**
     * Whether a cue follows at {@code i}, past auxiliaries ("that has said", "prosecutors say"), and not
     * as a passive ("the pair were dubbed": the pair is spoken of, not speaking).
     */
    private static boolean cueFollows(List<Token> tokens, int i, int end) {
        int k = i;
        boolean be = false;
        while (k < end && k - i < 3 && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
                && tokens.get(k).in(Lexical.AUXILIARY) && !tokens.get(k).in(Lexical.CUE)) {
            be |= tokens.get(k).in(Lexical.BE);
            k++;
        }
        return k < end && !be && tokens.get(k).cue(false);
    }


    /** "seen by organizers as", "called a fraud by three former students": the agent of a passive. */
    private static Optional<SpeakerCandidate> agent(List<Token> tokens, boolean[] inQuote, int end, int a) {
        int b = a;
        while (b < end && b - a < 5 && !inQuote[b] && tokens.get(b).isWord()
                && !tokens.get(b).in(Lexical.FUNCTION_WORD | Lexical.CUE) && !tokens.get(b).isCapitalised()) {
            b++;
        }
        if (b == a) {
            return Optional.empty(); // nothing, or a name the name reader takes
        }
        int s = a;
        while (s < b - 1 && tokens.get(s).in(Lexical.DETERMINER)) {
            s++;
        }
        return Optional.of(new SpeakerCandidate(new Span(tokens.get(s).start(), tokens.get(b - 1).end()), s, b - 1,
                SpeakerCandidate.Kind.OTHER, Optional.empty(), false, false));
    }

    /** Prepositions: a noun after one is not the subject of the verb after it. */
    static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "by", "with", "in", "at", "on", "from",
            "about", "against", "over", "after", "like", "than", "including", "into", "toward", "towards", "among",
            "between", "behind", "under", "during", "before", "without", "as", "along", "through", "across", "around",
            "near", "inside", "outside", "beside", "past", "beyond", "despite", "upon", "within", "throughout");

    /** Whether a preposition stands before token {@code first}, past determiners ("along the avenues"). */
    private static boolean afterPreposition(List<Token> tokens, int first, int floor) {
        int k = first - 1;
        while (k >= floor && tokens.get(k).in(Lexical.DETERMINER)) {
            k--;
        }
        return k >= floor && tokens.get(k).in(Lexical.PREPOSITION);
    }

    private static boolean nameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !t.in(Lexical.NOT_NAME);
    }

    /** The first token a phrase starting at {@code i} may not reach: the quote stands between the halves. */
    private static int limit(int split, int size, int i) {
        return i < split ? split : size;
    }

    private static SpeakerCandidate single(Token t, int i, SpeakerCandidate.Kind kind) {
        return new SpeakerCandidate(new Span(t.start(), t.end()), i, i, kind, Optional.empty(), false, false);
    }

    /** "a senior State Department official", "the new poll": the modifiers before a noun, determiners left out. */
    private static SpeakerCandidate nounPhrase(List<Token> tokens, boolean[] inQuote, int split, int head,
            SpeakerCandidate.Kind kind) {
        int floor = head < split ? 0 : split;
        int a = head;
        while (a - 1 >= floor && head - a < 4 && !inQuote[a - 1] && modifier(tokens.get(a - 1))) {
            a--;
        }
        while (a < head && tokens.get(a).in(Lexical.DETERMINER)) {
            a++;
        }
        return new SpeakerCandidate(new Span(tokens.get(a).start(), tokens.get(head).end()), a, head, kind,
                Optional.empty(), false, false);
    }

    private static boolean modifier(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String lower = t.lower();
        return t.isCapitalised() && !t.in(Lexical.NOT_NAME)
                || t.in(Lexical.DETERMINER | Lexical.SPEAKER_ADJECTIVE | Lexical.TITLE | Lexical.SPEAKER_NOUN) // "a council memo"
                || Character.isDigit(t.text().charAt(0)) || t.possessive() || lower.endsWith("-old");
    }

    /** How many cues on each side of a quote, nearest first, have their phrases read by the rules' readers. */
    private static final int CUES_READ = 2;

    /** The phrases the rules read before and after the cues nearest the quote ("said the harbour master"). */
    private static void cuePhrases(QuoteWindow w, List<SpeakerCandidate> found) {
        List<Token> left = w.all().range(w.leftStart(), w.leftStart() + w.split()); // each half a run of the text's tokens
        List<Token> right = w.all().range(w.rightStart(), w.rightStart() + w.size() - w.split());
        int read = 0;
        for (int i = w.split() - 1; i >= 0 && read < CUES_READ; i--) {
            if (!w.quoted()[i] && w.isCue(i)) {
                phrasesAt(w, found, left, i);
                read++;
            }
        }
        read = 0;
        for (int i = w.split(); i < w.size() && read < CUES_READ; i++) {
            if (!w.quoted()[i] && w.isCue(i)) {
                phrasesAt(w, found, right, i - w.split());
                read++;
            }
        }
    }

    private static void phrasesAt(QuoteWindow w, List<SpeakerCandidate> found, List<Token> half, int k) {
        SpeakerPhrases.before(w.text(), half, k).ifPresent(m -> merge(w, found, m, null));
        PhrasesAfterCue.after(w.text(), half, k).ifPresent(m -> merge(w, found, m, null));
    }

    /**
     * Adds a mention the rules read as a candidate, or marks the candidate with its span: as the
     * rules' pick ({@code rules} true), the previous speaker (false) or neither (null).
     */
    private static void merge(QuoteWindow w, List<SpeakerCandidate> found, Mention m, Boolean rules) {
        for (int k = 0; k < found.size(); k++) {
            SpeakerCandidate c = found.get(k);
            if (c.span().equals(m.span())) {
                if (rules == null && c.mention().isPresent()) {
                    return; // a cue's phrase already read there
                }
                found.set(k, Boolean.TRUE.equals(rules) ? c.withRulesPick(m)
                        : c.withMention(m, Boolean.FALSE.equals(rules) || c.previous()));
                return;
            }
        }
        // the tokens wholly inside the mention: a run from the first that starts in it (tokens do not overlap)
        int first = -1;
        int last = -1;
        for (int i = w.firstFrom(m.span().start()); i < w.size() && w.token(i).end() <= m.span().end(); i++) {
            first = first < 0 ? i : first;
            last = i;
        }
        if (first >= 0 && (w.quoted()[first] || first < w.split() && last >= w.split())) {
            return; // inside another quotation, or around this one: no speaker
        }
        SpeakerCandidate added = new SpeakerCandidate(m.span(), first, last, kindOf(m), Optional.of(m),
                Boolean.TRUE.equals(rules), Boolean.FALSE.equals(rules));
        found.add(added);
    }

    private static SpeakerCandidate.Kind kindOf(Mention m) {
        return switch (m.type()) {
            case PERSON, ORGANISATION -> SpeakerCandidate.Kind.NAME;
            case PERSON_PRONOUN, GROUP_PRONOUN -> SpeakerCandidate.Kind.PRONOUN;
            case UNNAMED -> SpeakerCandidate.Kind.OTHER;
        };
    }

    /** Marks the tokens that lie inside the other quotations of the window. */
    private static void markQuoted(List<Token> tokens, boolean[] inQuote, List<QuotedSpan> quoted, int index, int from, int to) {
        int lo = index;
        while (lo > 0 && quoted.get(lo - 1).close() >= from) {
            lo--;
        }
        int t = 0;
        for (int k = lo; k < quoted.size() && quoted.get(k).open() < to; k++) {
            if (k == index) {
                continue;
            }
            QuotedSpan other = quoted.get(k);
            while (t < tokens.size() && tokens.get(t).end() <= other.open()) {
                t++;
            }
            for (int u = t; u < tokens.size() && tokens.get(u).start() <= other.close(); u++) {
                inQuote[u] = true;
            }
        }
    }

    /** Moves a window's start past a word it would cut in two. */
    private static int wordBoundary(String text, int from) {
        int i = from;
        while (i > 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
