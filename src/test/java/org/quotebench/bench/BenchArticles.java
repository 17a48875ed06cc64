package org.quotebench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Fictional long articles for the window benchmark (made of {@link LibraryGenerator}'s invented towns
 * and people), and their quotes, stored straight through {@link Workspace}. Deterministic.
 */
final class BenchArticles {
    private static final List<String> SPEAKERS = List.of("Renée Okafor", "Tom Hale", "Ines Varga", "Marek Lind",
            "Sofia Brandt", "Yusuf Demir", "Clara Novak", "Pieter Aalst", "Hana Sato", "Jonas Weber", "Amara Diallo",
            "Luca Ferri");

    private BenchArticles() {
    }

    /** About {@code length} chars of fictional news paragraphs separated by blank lines. */
    static String paragraphs(long seed, int length) {
        LibraryGenerator generator = new LibraryGenerator(seed);
        StringBuilder text = new StringBuilder(length + 10_000);
        int number = 0;
        while (text.length() < length) {
            text.append(generator.article(number++));
        }
        int cut = text.lastIndexOf("\n\n", length);
        return text.substring(0, cut > 0 ? cut : length).strip();
    }

    /** The same kind of text with every line break turned into a space: one paragraph of {@code length} chars. */
    static String oneParagraph(long seed, int length) {
        String text = paragraphs(seed, length + 50_000).replaceAll("\n+", " ");
        return text.substring(0, length).strip();
    }

    /** Stores an article and {@code quotes} quotes over it (with speakers, mentions, cues, some nested or overlapping). */
    static ArticleInfo store(Workspace workspace, String title, String text, int quotes, long seed) {
        ArticleMetadata meta = new ArticleMetadata(Optional.of(title), Optional.of("The Bellmouth Gazette"),
                Optional.of("Window Benchmark"), Optional.empty(), Optional.of("2026-11-23"), Optional.of("en"));
        ImportOutcome outcome = workspace.articles().importArticle(new ArticleDraft(text, meta, "UTF-8",
                title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt"));
        long id = ((ImportOutcome.Imported) outcome).article().id();
        List<Long> speakers = new ArrayList<>();
        for (String name : SPEAKERS) {
            speakers.add(workspace.speakers().findOrCreate(name).id());
        }
        List<QuoteDraft> drafts = drafts(id, text, quotes, speakers, new Random(seed));
        workspace.change("Adding benchmark quotes", () -> {
            drafts.forEach(workspace.quotes()::add);
            return null;
        });
        return workspace.articles().list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /**
     * One quote about every {@code length / count} chars, on word boundaries; every 7th nested in the one
     * before and every 11th overlapping the end of the one before. Most have a mention before them and a cue.
     */
    static List<QuoteDraft> drafts(long articleId, String text, int count, List<Long> speakers, Random random) {
        List<QuoteDraft> drafts = new ArrayList<>(count);
        int step = text.length() / count;
        Span previous = null;
        for (int i = 0; i < count; i++) {
            int from;
            int to;
            if (previous != null && i % 7 == 0 && previous.length() > 12) {
                from = previous.start() + 3;
                to = previous.end() - 3;
            } else if (previous != null && i % 11 == 0) {
                from = previous.start() + previous.length() / 2;
                to = Math.min(text.length(), previous.end() + 10 + random.nextInt(40));
            } else {
                from = i * step + random.nextInt(Math.max(1, step / 3));
                to = Math.min(text.length(), from + 20 + random.nextInt(Math.max(1, Math.min(140, step - 10))));
            }
            Span span = trimmed(text, from, to);
            if (span == null) {
                span = new Span(i * step, i * step + 5);
            }
            Optional<Span> mention = span.start() >= 14 ? Optional.ofNullable(trimmed(text, span.start() - 14, span.start() - 2))
                    : Optional.empty();
            Optional<Span> cue = i % 3 == 0 && span.end() + 8 <= text.length()
                    ? Optional.ofNullable(trimmed(text, span.end() + 1, span.end() + 8)) : Optional.empty();
            drafts.add(new QuoteDraft(articleId, span, QuoteKind.values()[i % 3], i % 13 == 0 ? QuoteStatus.SUGGESTED
                    : QuoteStatus.ACCEPTED, Verdict.values()[i % Verdict.values().length], Optional.empty(),
                    i % 9 == 0 ? Optional.empty() : Optional.of(speakers.get(random.nextInt(speakers.size()))), mention, cue,
                    List.of(), Optional.of("bench"), Optional.empty()));
            previous = span;
        }
        return drafts;
    }

    /** {@code [from, to)} without white space at either end, or null when nothing is left. */
    static Span trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to > from ? new Span(from, to) : null;
    }
}
