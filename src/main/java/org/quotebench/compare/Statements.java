package org.quotebench.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quotebench.core.QuoteKind;

/**
 * Gathers quotes from several articles into statements: renderings of one utterance, found by
 * approximate alignment of their words (one rendering per article). Candidates come from an index of
 * the words the renderings share, so the work grows with the quotes, not with their square.
 */
public final class Statements {
    /** Words shared in order over the shorter rendering, to be one utterance; less when the speaker agrees. */
    static final double SAME_WORDS = 0.7;
    static final double SAME_WORDS_SAME_SPEAKER = 0.5;
    /** Fewer shared words than this are never enough, whatever the share. */
    static final int MIN_COMMON = 2;
    /**
     * Credited to different speakers, the words must agree more (and at length) to be one utterance put
     * in two mouths rather than two people using a stock phrase ("had nothing to do with this").
     */
    static final double SAME_WORDS_OTHER_SPEAKER = 0.85;
    static final int MIN_COMMON_OTHER_SPEAKER = 6;
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "is", "are",
            "was", "were", "be", "it", "that", "this", "we", "i", "you", "he", "she", "they", "will", "not", "with", "as", "by", "have",
            "has", "had", "our", "their", "his", "her");

    private Statements() {
    }

    /** The statements, most versions first, then in the order their first rendering appeared. */
    public static List<Statement> group(List<Rendering> renderings) {
        Map<Rendering, List<Words.Word>> wordsOf = new HashMap<>();
        renderings.forEach(r -> wordsOf.put(r, Words.of(r.text()))); // once each, not once per comparison while sorting
        List<Rendering> ordered = new ArrayList<>(renderings);
        // Within an article the longer renderings go first: they say most about which utterance they are, and
        // an article gives one version per statement, so a short phrase must not take the place of the full quote.
        ordered.sort(Comparator.comparing((Rendering r) -> r.date().orElse("9999")).thenComparingLong(Rendering::articleId)
                .thenComparingInt(r -> -wordsOf.get(r).size()).thenComparingLong(Rendering::quoteId));
        List<List<Rendering>> groups = new ArrayList<>();
        List<List<List<Words.Word>>> groupWords = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (Rendering r : ordered) {
            List<Words.Word> words = wordsOf.get(r);
            if (words.isEmpty()) {
                continue;
            }
            int best = -1;
            double bestScore = 0;
            for (int g : candidates(index, words, groups.size())) {
                if (groups.get(g).stream().anyMatch(other -> other.articleId() == r.articleId())) {
                    continue; // one rendering per article
                }
                for (int v = 0; v < groups.get(g).size(); v++) {
                    double score = similarity(words, groupWords.get(g).get(v), speakers(r, groups.get(g).get(v)));
                    if (score > bestScore) {
                        bestScore = score;
                        best = g;
                    }
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
                groupWords.add(new ArrayList<>());
            }
            groups.get(best).add(r);
            groupWords.get(best).add(words);
            for (String w : content(words)) {
                List<Integer> in = index.computeIfAbsent(w, k -> new ArrayList<>());
                if (in.isEmpty() || in.get(in.size() - 1) != best) {
                    in.add(best);
                }
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            statements.add(statement(groups.get(g), groupWords.get(g)));
        }
        statements.sort(Comparator.comparingInt((Statement s) -> -s.versions().size()));
        return statements;
    }

    /**
     * How well two renderings match: the share of the shorter one's words the longer has in order, or
     * 0 when that is not enough to call them one utterance.
     */
    static double similarity(List<Words.Word> a, List<Words.Word> b, Speakers speakers) {
        int common = WordDiff.common(a, b);
        if (common < (speakers == Speakers.DIFFERENT ? MIN_COMMON_OTHER_SPEAKER : MIN_COMMON)) {
            return 0;
        }
        double share = (double) common / Math.min(a.size(), b.size());
        double needed = switch (speakers) {
            case SAME -> SAME_WORDS_SAME_SPEAKER;
            case DIFFERENT -> SAME_WORDS_OTHER_SPEAKER;
            case UNKNOWN -> SAME_WORDS;
        };
        return share >= needed ? share : 0;
    }

    /** Whether two renderings credit the same speaker, different ones, or one of them none. */
    enum Speakers { SAME, DIFFERENT, UNKNOWN }

    private static Speakers speakers(Rendering a, Rendering b) {
        if (a.speaker().isEmpty() || b.speaker().isEmpty()) {
            return Speakers.UNKNOWN;
        }
        return a.speaker().get().toLowerCase(Locale.ROOT).equals(b.speaker().get().toLowerCase(Locale.ROOT)) ? Speakers.SAME
                : Speakers.DIFFERENT;
    }

    /**
     * The statements that share enough of this rendering's content words to be worth aligning with:
     * at least {@link #MIN_COMMON} and a third of them. A word in more than a tenth of the statements
     * so far (and more than 50) says nothing about which one it belongs to and is not counted.
     */
    private static Set<Integer> candidates(Map<String, List<Integer>> index, List<Words.Word> words, int statements) {
        Set<String> content = content(words);
        int common = Math.max(50, statements / 10);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : content) {
            List<Integer> in = index.getOrDefault(w, List.of());
            if (in.size() <= common) {
                in.forEach(g -> shared.merge(g, 1, Integer::sum));
            }
        }
        int needed = Math.max(MIN_COMMON, (int) Math.ceil(content.size() / 3.0));
        Set<Integer> found = new HashSet<>();
        shared.forEach((g, n) -> {
            if (n >= Math.min(needed, content.size())) {
                found.add(g);
            }
        });
        return found;
    }

    private static Set<String> content(List<Words.Word> words) {
        Set<String> content = new HashSet<>();
        for (Words.Word w : words) {
            if (!STOP.contains(w.norm()) && w.norm().length() > 1) {
                content.add(w.norm());
            }
        }
        return content;
    }

    private static Statement statement(List<Rendering> renderings, List<List<Words.Word>> words) {
        int ref = 0;
        for (int i = 1; i < renderings.size(); i++) {
            boolean quoted = renderings.get(i).kind() != QuoteKind.INDIRECT;
            boolean refQuoted = renderings.get(ref).kind() != QuoteKind.INDIRECT;
            if (quoted && !refQuoted || quoted == refQuoted && words.get(i).size() > words.get(ref).size()) {
                ref = i;
            }
        }
        List<Statement.Version> versions = new ArrayList<>();
        for (int i = 0; i < renderings.size(); i++) {
            versions.add(new Statement.Version(renderings.get(i), WordDiff.between(words.get(ref), words.get(i))));
        }
        return new Statement(speaker(renderings), renderings.get(ref), List.copyOf(versions), flags(renderings, words, versions));
    }

    /** The name most of the versions give. */
    private static Optional<String> speaker(List<Rendering> renderings) {
        Map<String, Long> counts = renderings.stream().flatMap(r -> r.speaker().stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static Set<Flag> flags(List<Rendering> renderings, List<List<Words.Word>> words, List<Statement.Version> versions) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (renderings.stream().map(r -> r.outlet().orElse("article " + r.articleId()).toLowerCase(Locale.ROOT)).distinct().count() < 2) {
            flags.add(Flag.ONE_OUTLET);
        }
        if (versions.stream().anyMatch(v -> WordDiff.differsInside(v.diff()))) {
            flags.add(Flag.WORDING_DIFFERS);
        }
        Set<String> speakers = renderings.stream().flatMap(r -> r.speaker().stream()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (speakers.size() > 1) {
            flags.add(Flag.DIFFERENT_SPEAKERS);
        }
        boolean quoted = renderings.stream().anyMatch(r -> r.kind() != QuoteKind.INDIRECT);
        boolean reported = renderings.stream().anyMatch(r -> r.kind() == QuoteKind.INDIRECT);
        if (quoted && reported) {
            flags.add(Flag.DIRECT_VS_PARAPHRASE);
        }
        for (int i = 0; i < renderings.size() && !flags.contains(Flag.WORDS_ADDED); i++) {
            for (int j = 0; j < renderings.size(); j++) {
                if (i != j && renderings.get(i).kind() != QuoteKind.INDIRECT && renderings.get(j).kind() != QuoteKind.INDIRECT
                        && WordDiff.addsInside(WordDiff.between(words.get(j), words.get(i)))) {
                    flags.add(Flag.WORDS_ADDED);
                    break;
                }
            }
        }
        return flags;
    }
}
