package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;

/**
 * Gives each found quote its speaker, from the top of the article down: the ranker's choice among
 * the candidates around a quote in marks, else the rules' attribution, else (a quote that goes on
 * with no new attribution) the previous speaker. Names are resolved by one {@link SpeakerTracker}.
 */
final class SpeakerAssigner {
    /** A quote without attribution keeps the previous speaker only this close to the last attribution. */
    static final int CONTINUATION_REACH = 2000;

    /** A quote the reader kept, with the index of its quotation in the text's list (-1 for reported speech). */
    record Found(Candidate quote, int quoted) {
    }

    /** What a quote's window and ranking are made from besides the quote: what the quotes before it left. */
    record RankInputs(boolean continues, Optional<Mention> previous, Optional<String> previousSpeaker) {
    }

    /**
     * What the ranker's choice in a quote's window makes of it (empty: the rules choose), kept without the
     * window, which is large and done with.
     */
    record Ranking(RankInputs inputs, Optional<Choice> choice) {
    }

    /** The phrase a chosen candidate names the speaker by, and its cue; no phrase: the previous quote's speaker goes on. */
    record Choice(Optional<Mention> mention, Optional<Span> cue) {
    }

    /** Sees every quote's window and candidates' features as they are ranked (for training). */
    interface Observer {
        void seen(Candidate quote, QuoteWindow window, int[][] features, boolean german);
    }

    private final String text;
    private final List<QuotedSpan> quoted;
    private final SpeakerRanker ranker;
    private final Observer observer;
    private final TextTokens tokens;
    private final NameBook names;
    private final SpeakerTracker tracker;
    /** Whether the text is German, whose clauses {@link GermanSpeakers} reads. */
    private final boolean german;
    private int lastAttributed = Integer.MIN_VALUE / 2;
    private Optional<Mention> lastMention = Optional.empty();
    /** Where a long text's later quotes are ranked ahead (see {@link RankingAhead}). */
    private final RankingAhead.Cores cores;
    /** Whether each speaker's name names a place, read once per name (matching a name with places normalises it). */
    private final java.util.Map<String, Boolean> places = new java.util.HashMap<>();
    /** Whether this assigner ranks a part of the quotes for {@link RankingAhead}, keeping each quote's ranking in {@code made}. */
    private boolean keep;
    private Ranking made;

    SpeakerAssigner(TextTokens tokens, List<QuotedSpan> quoted, SpeakerRanker ranker, Observer observer, boolean german,
            RankingAhead.Cores cores) {
        this(tokens, quoted, ranker, observer, german, NameBook.of(tokens.text(), tokens), cores);
    }

    /** An assigner with the article's names already read from {@code tokens}. */
    SpeakerAssigner(TextTokens tokens, List<QuotedSpan> quoted, SpeakerRanker ranker, Observer observer, boolean german,
            NameBook names, RankingAhead.Cores cores) {
        this.cores = cores;
        this.german = german;
        this.text = tokens.text();
        this.quoted = quoted;
        this.ranker = ranker;
        this.observer = observer;
        this.tokens = tokens;
        this.names = names;
        this.tracker = new SpeakerTracker(names);
    }

    List<Suggestion> assign(List<Found> found) {
        RankingAhead ahead = RankingAhead.NONE;
        if (ranker.learned() && observer == QuoteFinder.NO_OBSERVER && !german) {
            tokens.readAll(); // before other threads share them
            ahead = RankingAhead.start(found,
                    (part, to) -> new SpeakerAssigner(tokens, quoted, ranker, observer, german, names, RankingAhead.Cores.ONE)
                            .rankings(part, to), cores);
        }
        List<Suggestion> out = new ArrayList<>(found.size());
        try {
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).quoted() < 0) {
                    ahead.passing(i); // reported speech: given a speaker without a ranking
                }
                out.add(assign(found.get(i), i, ahead));
            }
        } finally {
            ahead.cancel();
        }
        return out;
    }

    /**
     * Ranks {@code part} of the quotes from a fresh start, as {@link RankingAhead} asks, publishing each quote's ranking (or null)
     * to {@code to}; each quote is given a speaker as well (the next one's ranking starts from it), but no suggestion is made.
     */
    void rankings(List<Found> part, RankedPart to) {
        keep = true;
        for (int i = 0; i < part.size() && to.next(i); i++) {
            made = null;
            assign(part.get(i), i, RankingAhead.NONE);
            to.publish(i, made);
        }
    }

    /** Quote {@code i} of the found list; a ranking {@code ahead} made of it from the same inputs is taken. */
    private Suggestion assign(Found f, int i, RankingAhead ahead) {
        Candidate c = f.quote();
        boolean continues = c.attribution().isEmpty() && c.inherits() && c.span().start() - lastAttributed < CONTINUATION_REACH;
        if (german && f.quoted() >= 0) {
            GermanSpeakers.Reading reading = GermanSpeakers.read(tokens, quoted, f.quoted(), lastAttributed);
            if (reading.mention().isPresent()) {
                return german(c, f.quoted(), reading);
            }
            if (reading.continues() && c.span().start() - lastAttributed < CONTINUATION_REACH && tracker.last().isPresent()) {
                return continued(c);
            }
        }
        if (f.quoted() >= 0 && (ranker.learned() || observer != QuoteFinder.NO_OBSERVER)) {
            Optional<Mention> previous = c.span().start() - lastAttributed < CONTINUATION_REACH ? lastMention : Optional.empty();
            Optional<String> previousSpeaker = previous.isPresent() ? tracker.last().map(SpeakerTracker.Resolved::name) : Optional.empty();
            RankInputs inputs = new RankInputs(continues, previous, previousSpeaker);
            Ranking ranking = ahead.at(i, inputs).orElseGet(() -> rank(c, f.quoted(), inputs));
            if (keep) {
                made = ranking;
            }
            if (ranking.choice().isPresent()) {
                return apply(c, ranking.choice().get());
            }
        }
        if (c.attribution().isPresent()) {
            return attributed(c, c.attribution().get().mention(), cueOf(c.attribution().get()), c.confidence());
        }
        if (continues) {
            return continued(c);
        }
        return suggestion(c, Optional.empty(), Optional.empty(), Optional.empty(), c.confidence());
    }

    /** The window around a quote in marks and the ranker's choice in it, made from what the quotes before left. */
    private Ranking rank(Candidate c, int index, RankInputs inputs) {
        QuoteWindow window = SpeakerCandidates.around(text, tokens, quoted, index, c.kind(), c.attribution(), inputs.continues(),
                inputs.previous(), names, inputs.previousSpeaker());
        CandidateFeatures features = new CandidateFeatures(window);
        observe(c, window, features, false);
        int chosen = ranker.choose(window, features);
        return new Ranking(inputs, chosen == SpeakerRanker.RULES ? Optional.empty() : Optional.of(choice(c, window, chosen)));
    }

    /**
     * A German quote whose clause names its speaker: that reading, unless what the workspace taught
     * prefers another candidate ({@link SpeakerRanker#chooseGerman}); teaching sees the window.
     */
    private Suggestion german(Candidate c, int index, GermanSpeakers.Reading reading) {
        Mention m = reading.mention().get();
        Optional<String> role = GermanMentions.definiteRole(text, m);
        Optional<String> person = role.flatMap(tracker::personWithRole);
        if (person.isPresent()) {
            m = new Mention(m.span(), person.get(), Optional.empty(), SpeakerType.PERSON); // "der Minister": the minister quoted before
        }
        if (!ranker.taughtGerman() && observer == QuoteFinder.NO_OBSERVER) {
            return attributed(c, m, reading.cue(), c.confidence());
        }
        Attribution read = new Attribution(m, reading.cue().orElse(new Span(m.span().end(), m.span().end())), true);
        Candidate withReading = new Candidate(c.span(), c.kind(), Optional.of(read), c.confidence(), false);
        Optional<Mention> previous = c.span().start() - lastAttributed < CONTINUATION_REACH ? lastMention : Optional.empty();
        Optional<String> previousSpeaker = previous.isPresent() ? tracker.last().map(SpeakerTracker.Resolved::name) : Optional.empty();
        QuoteWindow window = SpeakerCandidates.around(text, tokens, quoted, index, c.kind(), Optional.of(read), false, previous, names,
                previousSpeaker);
        CandidateFeatures features = new CandidateFeatures(window, true);
        observe(withReading, window, features, true);
        int chosen = ranker.chooseGerman(window, features);
        return chosen == SpeakerRanker.RULES ? attributed(c, read.mention(), reading.cue(), c.confidence())
                : apply(withReading, choice(withReading, window, chosen));
    }

    private void observe(Candidate c, QuoteWindow window, CandidateFeatures features, boolean germanWindow) {
        if (observer != QuoteFinder.NO_OBSERVER) {
            int[][] vectors = new int[window.candidates().size()][];
            for (int k = 0; k < vectors.length; k++) {
                vectors[k] = features.of(k);
            }
            observer.seen(c, window, vectors, germanWindow);
        }
    }

    /** The quote with the speaker its choice names, or the previous quote's speaker. */
    private Suggestion apply(Candidate c, Choice choice) {
        return choice.mention().isEmpty() ? continued(c) : attributed(c, choice.mention().get(), choice.cue(), c.confidence());
    }

    /**
     * The ranker's choice (candidate {@code k} of the window): the rules' reading where it is theirs, the
     * previous speaker, or a phrase read here. Reads only the window, not what this assigner has seen.
     */
    private Choice choice(Candidate c, QuoteWindow window, int k) {
        SpeakerCandidate chosen = window.candidates().get(k);
        Optional<Attribution> rules = c.attribution();
        Optional<SpeakerCandidate> named = SpeakerConstraints.apposedName(window, chosen);
        // "the governor of Lagos State, Idris Bello, told": the rules may read the place; the person named beside it wins
        boolean placeOfARole = named.isPresent() && chosen.kind() == SpeakerCandidate.Kind.NAME;
        if (!placeOfARole && rules.isPresent() && (chosen.rulesPick() || rules.get().mention().span().overlaps(chosen.span()))) {
            return new Choice(Optional.of(rules.get().mention()), cueOf(rules.get()));
        }
        if (chosen.previous()) {
            return new Choice(Optional.empty(), Optional.empty()); // a previous candidate is there only when a previous mention is
        }
        if (named.isPresent()) {
            // "the festival's director, Hanna Lind, said": the name, with the role it was given
            Mention name = CandidateMentions.of(window, named.get());
            Optional<String> role = placeOfARole ? SpeakerConstraints.roleCompleted(window, chosen).map(span -> span.textIn(text))
                    : Optional.of(chosen.span().textIn(text));
            Mention withRole = name.role().isPresent() || role.isEmpty() ? name : name.withRole(role);
            return new Choice(Optional.of(withRole), cueNear(window, named.get()));
        }
        return new Choice(Optional.of(CandidateMentions.of(window, chosen)), cueNear(window, chosen));
    }

    /** The cue right after a candidate (its subject) or right before it ("said the mayor"), if any. */
    private static Optional<Span> cueNear(QuoteWindow window, SpeakerCandidate chosen) {
        int cue = chosen.inWindow() ? window.cueAfter(chosen) : -1;
        if (cue < 0 && chosen.inWindow() && window.wordBefore(chosen) >= 0 && window.isCue(window.wordBefore(chosen))) {
            cue = window.wordBefore(chosen);
        }
        return cue < 0 ? Optional.empty() : Optional.of(new Span(window.token(cue).start(), window.token(cue).end()));
    }

    private Suggestion attributed(Candidate c, Mention mention, Optional<Span> cue, double confidence) {
        Optional<SpeakerTracker.Resolved> speaker = tracker.resolve(mention, mention.span().start());
        lastAttributed = c.span().end();
        lastMention = speaker.isPresent() ? Optional.of(mention) : Optional.empty();
        return suggestion(c, speaker, Optional.of(mention.span()), cue, confidence);
    }

    /** A quote that goes on with no new attribution keeps the speaker before it, and the phrase that named them. */
    private Suggestion continued(Candidate c) {
        Optional<SpeakerTracker.Resolved> speaker = tracker.last();
        Optional<Span> mention = speaker.isPresent() ? lastMention.map(Mention::span) : Optional.empty();
        lastAttributed = c.span().end();
        double confidence = Math.min(c.confidence(), c.kind() == QuoteKind.DIRECT ? 0.7 : 0.45);
        return suggestion(c, speaker, mention, Optional.empty(), confidence);
    }

    /** The suggestion made of a quote; none when ranking a part ahead, whose quotes the finder gives speakers to again. */
    private Suggestion suggestion(Candidate c, Optional<SpeakerTracker.Resolved> speaker, Optional<Span> mention,
            Optional<Span> cue, double confidence) {
        if (keep) {
            return null;
        }
        return new Suggestion(c.span(), text.substring(c.span().start(), c.span().end()), c.kind(),
                speaker.map(SpeakerTracker.Resolved::name), mention, cue, confidence,
                speaker.flatMap(SpeakerTracker.Resolved::role), speaker.map(this::kind));
    }

    /** A country or capital speaks for its government: an organisation, not a person ("Moscow said"). */
    private org.quotebench.core.SpeakerKind kind(SpeakerTracker.Resolved speaker) {
        org.quotebench.core.SpeakerKind kind = speaker.type().kind();
        return kind == org.quotebench.core.SpeakerKind.PERSON && places.computeIfAbsent(speaker.name(), Places::isPlace)
                ? org.quotebench.core.SpeakerKind.ORGANISATION : kind;
    }

    /** A loose subject has no cue word: its cue span is empty. */
    private static Optional<Span> cueOf(Attribution a) {
        return Optional.of(a.cue()).filter(span -> span.length() > 0);
    }
}
