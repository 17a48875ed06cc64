package org.quotebench.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Names;
import org.quotebench.core.Span;

/**
 * Teaches the speaker ranker a workspace's own news: the quotes people confirmed become training
 * examples (the finder's candidates for each quote it finds inside a confirmed one, right where they
 * name the confirmed speaker), and a few passes of the perceptron, starting from the shipped model,
 * move its weights toward them. The result is only the change, kept with the workspace.
 */
public final class FinderTeacher {
    /** Passes over the confirmed quotes (chosen by cross-validation on PolNeAR train, see decision 20). */
    public static final int EPOCHS = 3;
    /** How far above the wrong candidates a taught quote's right one should score (the same way chosen). */
    public static final float MARGIN = 1;
    /** How far one quote may move the weights at one step, at most. */
    public static final float MOST = 0.5f;
    private static final long SEED = 21;

    /**
     * What a teaching learned: the changes to the model, from how many quotes (those with a right
     * candidate), and the strength they were kept at (0 to 1).
     */
    public record Lesson(RankerModel changes, int quotes, int learnedFrom, float strength) {
    }

    private FinderTeacher() {
    }

    /**
     * What teaching a workspace's confirmed quotes did: the changes to keep, how many confirmed quotes
     * in how many articles, and of the quotes the finder finds inside them with the speaker among its
     * candidates ({@code learnedFrom}), for how many it ranks a right one first before and after.
     */
    public record Outcome(RankerModel changes, int quotes, int articles, int learnedFrom, int rightBefore, int rightAfter,
            float strength) {
    }

    /**
     * Teaches the shipped model (or the empty one) a workspace's confirmed quotes, an article at a time:
     * {@code progress} hears how many articles are read, and teaching stops (empty) once {@code cancelled}.
     */
    public static Optional<Outcome> learn(List<ConfirmedArticle> articles, java.util.function.IntConsumer progress,
            java.util.function.BooleanSupplier cancelled) {
        List<List<RankerTrainer.Example>> examples = new ArrayList<>();
        List<List<RankerTrainer.Example>> german = new ArrayList<>();
        for (ConfirmedArticle article : articles) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            Examples read = read(article);
            examples.add(read.english());
            german.add(read.german());
            progress.accept(examples.size());
        }
        RankerModel base = RankerModel.base();
        Lesson lesson = teach(base, examples);
        List<RankerTrainer.Example> all = examples.stream().flatMap(List::stream).toList();
        int quotes = articles.stream().mapToInt(a -> a.quotes().size()).sum();
        List<RankerTrainer.Example> allGerman = german.stream().flatMap(List::stream).toList();
        if (allGerman.isEmpty()) {
            return Optional.of(new Outcome(lesson.changes(), quotes, articles.size(), lesson.learnedFrom(), chosenRight(base, all),
                    chosenRight(base.plus(lesson.changes()), all), lesson.strength()));
        }
        // German quotes whose clause names a speaker are weighed by what was taught alone (SpeakerRanker.chooseGerman)
        RankerModel none = RankerModel.none().withMargin(SpeakerRanker.GERMAN_MARGIN);
        Lesson germanLesson = teach(none, german);
        RankerModel changes = lesson.changes().plus(germanLesson.changes());
        float strength = all.isEmpty() ? germanLesson.strength() : lesson.strength();
        return Optional.of(new Outcome(changes, quotes, articles.size(), lesson.learnedFrom() + germanLesson.learnedFrom(),
                chosenRight(base, all) + chosenRight(none, allGerman),
                chosenRight(base.plus(lesson.changes()), all) + chosenRight(none.plus(germanLesson.changes()), allGerman), strength));
    }

    /** An article's examples: those the shipped model weighs, and German ones (their own features, taught from nothing). */
    record Examples(List<RankerTrainer.Example> english, List<RankerTrainer.Example> german) {
    }

    /** In words, how much of what was taught the finder keeps. */
    public static String describeStrength(float strength) {
        if (strength == 0) {
            return "Checked on the articles left out in turn, the changes did not help, so the finder is unchanged.";
        }
        String part = strength >= 1 ? "in full" : strength >= 0.5f ? "at half strength" : "at a quarter of its strength";
        return "Checked on the articles left out in turn, what it learned is kept " + part + ".";
    }

    /** One article's examples the shipped model weighs: one per quote the finder finds inside a confirmed quote. */
    public static List<RankerTrainer.Example> examples(ConfirmedArticle article) {
        return read(article).english();
    }

    static Examples read(ConfirmedArticle article) {
        String text = article.text();
        List<RankerTrainer.Example> english = new ArrayList<>();
        List<RankerTrainer.Example> german = new ArrayList<>();
        for (RankerExamples.QuoteCandidates found : RankerExamples.of(text, article.language())) {
            Optional<ConfirmedQuote> confirmed = article.quotes().stream().filter(c -> sameQuote(found.quote(), c.quote())).findFirst();
            if (confirmed.isEmpty() || found.candidates().isEmpty()) {
                continue;
            }
            RankerTrainer.Example e = new RankerTrainer.Example(found.features(), right(text, found.candidates(), confirmed.get()),
                    found.guarded());
            (found.german() ? german : english).add(e);
        }
        return new Examples(english, german);
    }

    /**
     * Teaches {@code base} the examples of some articles; the changes alone come back, at the strength
     * the articles themselves confirm ({@link TeachingStrength}).
     */
    public static Lesson teach(RankerModel base, List<List<RankerTrainer.Example>> articles) {
        List<RankerTrainer.Example> all = new ArrayList<>();
        articles.forEach(all::addAll);
        int learnable = (int) all.stream().filter(RankerTrainer.Example::learnable).count();
        float strength = TeachingStrength.choose(base, articles, FinderTeacher::changes);
        return new Lesson(changes(base, all).times(strength), all.size(), learnable, strength);
    }

    static RankerModel changes(RankerModel base, List<RankerTrainer.Example> examples) {
        return RankerTrainer.teach(base, examples, EPOCHS, SEED, MARGIN, MOST);
    }

    /**
     * Of these examples, for how many a model chooses a right candidate, as the ranker chooses: the
     * best-scoring one, unless the rules read one right next to the quote and nothing beats it by the
     * model's margin.
     */
    static int chosenRight(RankerModel model, List<RankerTrainer.Example> examples) {
        int right = 0;
        for (RankerTrainer.Example e : examples) {
            float[] scores = new float[e.candidates().length];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = model.score(e.candidates()[k]);
            }
            if (scores.length > 0 && e.right()[SpeakerRanker.choice(scores, e.guarded(), model.margin())]) {
                right++;
            }
        }
        return right;
    }

    /** The finder's quote lies mostly inside the confirmed one (their marks may differ by a character or two). */
    static boolean sameQuote(Span found, Span confirmed) {
        int overlap = Math.min(found.end(), confirmed.end()) - Math.max(found.start(), confirmed.start());
        return overlap > 0 && 2 * overlap >= Math.min(found.end() - found.start(), confirmed.end() - confirmed.start());
    }

    /**
     * Which candidates name the confirmed speaker: those whose words are one of the speaker's names
     * (or end in its surname); failing any, those at the marked mention (a pronoun, a role).
     */
    static boolean[] right(String text, List<Span> candidates, ConfirmedQuote confirmed) {
        boolean[] right = new boolean[candidates.size()];
        boolean named = false;
        for (int k = 0; k < right.length; k++) {
            Span c = candidates.get(k);
            right[k] = names(text.substring(c.start(), c.end()), confirmed.speakerNames());
            named |= right[k];
        }
        if (!named && confirmed.mention().isPresent()) {
            Span mention = confirmed.mention().get();
            for (int k = 0; k < right.length; k++) {
                Span c = candidates.get(k);
                right[k] = Math.min(c.end(), mention.end()) > Math.max(c.start(), mention.start());
            }
        }
        return right;
    }

    /** The words name the speaker: the same name (accents, case and spacing aside), or a capitalised phrase ending in its surname. */
    static boolean names(String words, List<String> names) {
        String key = withoutArticle(Names.matchKey(words));
        if (key.isEmpty()) {
            return false;
        }
        String last = lastWord(key);
        boolean capitalised = Character.isUpperCase(words.strip().codePointAt(0)) || words.strip().toLowerCase(Locale.ROOT).startsWith("the ");
        for (String name : names) {
            String nameKey = withoutArticle(Names.matchKey(name));
            if (nameKey.equals(key)) {
                return true;
            }
            if (capitalised && last.length() >= 3 && lastWord(nameKey).equals(last) && nameKey.contains(" ")) {
                return true;
            }
        }
        return false;
    }

    private static String withoutArticle(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String lastWord(String key) {
        String trimmed = key.replaceAll("[^\\p{L}\\p{N}]+$", "");
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
