package org.quotebench.ui.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;

/**
 * A made-up article with quotes of every shape a real one has (speakers or none, mentions, cues,
 * nested and overlapping quotes, every kind, status and verdict, very long paragraphs), so that
 * warming up on it compiles the code paths a real article takes, not only the simplest ones.
 */
public record MadeUpArticle(String text, List<Quote> quotes) {
    private static final String[] NAMES = {"Ada Brandt", "Tom Hale", "Ines Varga", "Marek Lind", "Sara Quist", "Noor Adel",
        "Piet Ros", "Lena Holm"};

    /** About 170 characters and 1.2 quotes per paragraph, every 50th paragraph 3,000 characters longer; curly quotes. */
    public static MadeUpArticle of(int paragraphs) {
        return of(paragraphs, true);
    }

    /**
     * Like {@link #of(int)}; with straight quotes the text is all Latin-1, which Java strings store
     * (and the JIT compiles string code for) differently from text with curly quotes.
     */
    public static MadeUpArticle of(int paragraphs, boolean curlyQuotes) {
        String open = curlyQuotes ? "“" : "\"";
        String close = curlyQuotes ? "”" : "\"";
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            speakers.add(new Speaker(i + 1, "made-up-speaker-" + i, NAMES[i], SpeakerKind.PERSON, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            int who = p % NAMES.length;
            text.append("At the harbour board on Tuesday, ");
            Span mention = append(text, NAMES[who]);
            text.append(' ');
            Span cue = append(text, p % 2 == 0 ? "said" : "told reporters");
            text.append(' ');
            int start = text.length();
            text.append(open).append("the tide will turn by Friday, ");
            Span inner = append(text, "and the ferry will run again");
            text.append(close);
            Span quote = new Span(start, text.length());
            text.append(", before the vote on the bridge and the budget.");
            Span overlap = new Span(quote.end() - 6, text.length() - 12);
            if (p % 50 == 49) {
                text.append(" The meeting went on".repeat(150)); // longer than a display chunk: shown split
            }
            text.append("\n\n");
            quotes.add(quote(quotes.size(), text, quote, p, p % 9 == 0 ? null : speakers.get(who), mention,
                    p % 3 == 0 ? cue : null));
            if (p % 7 == 0) {
                quotes.add(quote(quotes.size(), text, inner, p + 1, speakers.get((who + 1) % NAMES.length), null, null));
            }
            if (p % 11 == 0) {
                quotes.add(quote(quotes.size(), text, overlap, p + 2, null, null, null));
            }
        }
        return new MadeUpArticle(text.toString(), quotes);
    }

    /**
     * A new quote, as if just marked: an accepted direct quote without speaker over the {@code n}th
     * "the vote on the bridge" (no quote starts or ends there), with an id no other quote has.
     */
    public Quote marked(int n) {
        String words = "the vote on the bridge";
        int at = -1;
        for (int k = 0; k <= n; k++) {
            at = text.indexOf(words, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("The made-up article is too short for quote " + n);
        }
        Span span = new Span(at, at + words.length());
        return new Quote(quotes.size() + 1 + n, "made-up-marked-" + n, 0, span, words, QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), "", "");
    }

    /** The text as a stored article would carry it (id 0, not in any workspace). */
    public Article article() {
        ArticleMetadata metadata = ArticleMetadata.NONE.withTitle("A made-up article");
        return new Article(new ArticleInfo(0, "made-up-article", metadata, "UTF-8", "made-up.txt",
                text.codePointCount(0, text.length()), "", "", quotes.size()), text);
    }

    private static Span append(StringBuilder text, String words) {
        int start = text.length();
        text.append(words);
        return new Span(start, text.length());
    }

    private static Quote quote(int index, CharSequence text, Span span, int shape, Speaker speaker, Span mention, Span cue) {
        return new Quote(index + 1, "made-up-" + index, 0, span, text.subSequence(span.start(), span.end()).toString(),
                QuoteKind.values()[shape % 3], QuoteStatus.values()[shape % 13 == 0 ? 0 : 1 + shape % 2],
                Verdict.values()[shape % Verdict.values().length], Optional.empty(), Optional.ofNullable(speaker),
                Optional.ofNullable(mention), Optional.ofNullable(cue), List.of(), Optional.empty(), "", "");
    }
}
