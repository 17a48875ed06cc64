package org.quotebench.suggest;

import org.quotebench.core.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotebench.core.QuoteKind;

/**
 * Finds candidate quotes and their speakers in an article's text; stateless and safe to share
 * between threads. Quotes are found by rules; their speakers are chosen by the learned ranker
 * ({@link RankerModel}) among the candidates around each quote, the rules' own pick among them,
 * and by the rules alone where there is no model or no candidate.
 */
public final class QuoteFinder {
    private static final double INDIRECT_CONFIDENCE = 0.5;
    /** Texts this long have their quotations found on another core while this thread cuts them into tokens. */
    private static final int LONG_TEXT = 50_000;

    private final SpeakerRanker ranker;
    /** Where a long text's later quotes are ranked while this thread ranks the earlier ones. */
    private final RankingAhead.Cores cores;

    /** A finder with the model shipped in the jar (the rules alone when the jar has none). */
    public QuoteFinder() {
        this(RankerModel.shipped(), Optional.empty());
    }

    /** A finder whose speakers this model chooses. */
    public QuoteFinder(RankerModel model) {
        this(Optional.of(model), Optional.empty());
    }

    private QuoteFinder(Optional<RankerModel> model, Optional<RankerModel> taught) {
        this(new SpeakerRanker(model, taught), RankingAhead.Cores.MACHINE);
    }

    private QuoteFinder(SpeakerRanker ranker, RankingAhead.Cores cores) {
        this.ranker = ranker;
        this.cores = cores;
    }

    /** This finder, ranking long texts' later quotes on {@code cores} (the same suggestions, sooner). */
    QuoteFinder on(RankingAhead.Cores cores) {
        return new QuoteFinder(ranker, cores);
    }

    /**
     * A finder with what a workspace taught the shipped model ({@link FinderTeacher}): {@code changes}
     * as {@link RankerModel#format} wrote them. Refuses (IllegalArgumentException, with the reason)
     * changes taught to a finder that computed other features: they must be taught again.
     */
    public static QuoteFinder taught(String changes) {
        RankerModel taught = RankerModel.parse(changes);
        return new QuoteFinder(Optional.of(RankerModel.base().plus(taught)), Optional.of(taught));
    }

    /**
     * The finder for a workspace: the shipped one with what the workspace taught it, if anything.
     * Changes taught to an older finder are not used: {@code warn} hears why and how to teach it again
     * ({@code howToTeach}, such as "with 'quotebench suggest --learn'"), and the shipped finder finds.
     */
    public static QuoteFinder forWorkspace(Optional<String> taughtChanges, String howToTeach, java.util.function.Consumer<String> warn) {
        if (taughtChanges.isEmpty()) {
            return new QuoteFinder();
        }
        try {
            return taught(taughtChanges.get());
        } catch (IllegalArgumentException e) {
            warn.accept("What this workspace taught the finder is not used (" + e.getMessage() + "); teach it again " + howToTeach + ".");
            return new QuoteFinder();
        }
    }

    /** A finder whose speakers the rules alone choose, as before the ranker (for comparison). */
    public static QuoteFinder rulesOnly() {
        return new QuoteFinder(Optional.empty(), Optional.empty());
    }

    /** Whether a learned model chooses the speakers. */
    public boolean learned() {
        return ranker.learned();
    }

    /** Sees nothing: without a model no quote's candidates need to be read. */
    static final SpeakerAssigner.Observer NO_OBSERVER = (quote, window, features, german) -> { };

    /** The suggestions for {@code text}, ordered by start; spans are Java string indices. Its language is guessed. */
    public List<Suggestion> find(String text) {
        return find(text, Optional.empty());
    }

    /**
     * The suggestions for {@code text} in {@code language} (an ISO 639-1 code such as "de", as an article
     * records it; guessed from the text when empty), ordered by start; spans are Java string indices.
     */
    public List<Suggestion> find(String text, Optional<String> language) {
        return find(text, language, NO_OBSERVER);
    }

    /** As {@link #find(String)}, showing {@code observer} every quote's candidates as they are ranked. */
    List<Suggestion> find(String text, SpeakerAssigner.Observer observer) {
        return find(text, Optional.empty(), observer);
    }

    List<Suggestion> find(String text, Optional<String> language, SpeakerAssigner.Observer observer) {
        Objects.requireNonNull(text, "text");
        boolean german = language.or(() -> org.quotebench.core.LanguageGuess.of(text))
                .map(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("de")).orElse(false);
        // a long text's quotations are found on another core while this thread cuts it into tokens
        // (its later half of lines and its sentence starts there too)
        boolean longText = text.length() >= LONG_TEXT;
        Aside<List<QuotedSpan>> quotations = Aside.start(cores, longText, () -> QuotedSpans.find(text));
        TextTokens tokens = TextTokens.of(text, cores, longText); // once: every window around a quote is cut from it
        List<QuotedSpan> quoted = quotations.get();
        boolean ahead = quoted.size() >= Aside.MIN_QUOTATIONS;
        if (ahead) {
            tokens.readAll(); // before another thread shares them
        }
        // the later half of the quotations, reported speech and the article's names are read there while this thread reads the first half
        QuoteReading reading = QuoteReading.start(tokens, quoted, cores, ahead);
        Aside<List<Candidate>> reported = Aside.start(cores, ahead, () -> indirect(tokens, quoted));
        Aside<NameBook> names = Aside.start(cores, ahead, () -> NameBook.of(text, tokens));
        List<SpeakerAssigner.Found> found = reading.found();
        // the names before the reported speech: the other core takes its work in order, so this thread
        // reads the names while that core is still on the reported speech, instead of waiting for both
        NameBook book = names.get();
        for (Candidate c : reported.get()) {
            found.add(new SpeakerAssigner.Found(c, -1));
        }
        found.sort(Comparator.comparingInt((SpeakerAssigner.Found f) -> f.quote().span().start()));
        SpeakerAssigner assigner = new SpeakerAssigner(tokens, quoted, ranker, observer, german, book, cores);
        return List.copyOf(InterruptedQuotes.join(tokens, assigner.assign(found), cores));
    }

    /** Reported speech in the sentences that hold no quotation marks. */
    private static List<Candidate> indirect(TextTokens tokens, List<QuotedSpan> quoted) {
        String text = tokens.text();
        List<Candidate> found = new ArrayList<>();
        int q = 0;
        int start = 0;
        int n = text.length();
        if (n == 0) {
            return found;
        }
        int[] starts = tokens.sentences().all();
        for (int s = 1; s <= starts.length; s++) {
            int p = s < starts.length ? starts[s] : n; // each sentence's end: the next one's start, or the text's end
            int end = p;
            while (q < quoted.size() && quoted.get(q).close() < start) {
                q++;
            }
            boolean hasQuote = q < quoted.size() && quoted.get(q).open() < end;
            if (!hasQuote && end - start < 600 && !hasMark(text, start, end)) {
                IndirectQuotes.in(tokens, start, end).ifPresent(f -> found.add(
                        new Candidate(f.content(), QuoteKind.INDIRECT, Optional.of(f.attribution()), INDIRECT_CONFIDENCE, false)));
            }
            start = p;
        }
        return found;
    }

    private static boolean hasMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '「') {
                return true;
            }
        }
        return false;
    }
}
