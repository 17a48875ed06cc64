package org.quotebench.ui.startup;

import org.quotebench.ui.article.ArticlePane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** The warm-up's made-up article has quotes of every shape a real article has, with valid spans. */
class MadeUpArticleTest {
    private final MadeUpArticle article = MadeUpArticle.of(300);
    private final List<Quote> quotes = article.quotes();

    @Test
    void everyQuoteIsTheTextAtItsSpan() {
        assertThat(quotes).hasSizeGreaterThan(300);
        for (Quote quote : quotes) {
            assertThat(quote.span().end()).isLessThanOrEqualTo(article.text().length());
            assertThat(article.text().substring(quote.span().start(), quote.span().end())).isEqualTo(quote.exact());
            quote.mention().ifPresent(m -> assertThat(article.text().substring(m.start(), m.end())).isNotBlank());
        }
        assertThat(article.article().text()).isSameAs(article.text());
        assertThat(article.article().info().quoteCount()).isEqualTo(quotes.size());
    }

    @Test
    void itHasEveryKindStatusAndVerdictAndQuotesWithAndWithoutSpeakersMentionsAndCues() {
        assertThat(quotes.stream().map(Quote::kind).collect(Collectors.toSet())).isEqualTo(Set.of(QuoteKind.values()));
        assertThat(quotes.stream().map(Quote::status).collect(Collectors.toSet())).isEqualTo(Set.of(QuoteStatus.values()));
        assertThat(quotes.stream().map(Quote::verdict).collect(Collectors.toSet())).isEqualTo(Set.of(Verdict.values()));
        assertThat(quotes.stream().map(q -> q.speaker().isPresent()).collect(Collectors.toSet())).containsExactlyInAnyOrder(true, false);
        assertThat(quotes.stream().map(q -> q.speaker().map(s -> s.uuid()).orElse("")).distinct().count()).isGreaterThan(5);
        assertThat(quotes).anyMatch(q -> q.mention().isPresent()).anyMatch(q -> q.cue().isPresent())
                .anyMatch(q -> q.cue().isEmpty());
    }

    @Test
    void someQuotesNestInOthersAndSomeOverlapAndSomeParagraphsNeedSplitting() {
        assertThat(quotes).anyMatch(inner -> quotes.stream().anyMatch(outer -> outer != inner && contains(outer.span(), inner.span())));
        assertThat(quotes).anyMatch(a -> quotes.stream().anyMatch(b -> a.span().start() < b.span().start()
                && b.span().start() < a.span().end() && a.span().end() < b.span().end()));
        assertThat(List.of(article.text().split("\n"))).anyMatch(paragraph -> paragraph.length() > ArticlePane.DISPLAY_CHUNK * 2);
    }

    @Test
    void withStraightQuotesTheTextIsAllLatin1AndHasTheSameQuotes() {
        MadeUpArticle straight = MadeUpArticle.of(300, false);
        assertThat(straight.text().chars()).allMatch(c -> c < 256);
        assertThat(article.text().chars()).anyMatch(c -> c > 255);
        assertThat(straight.quotes()).hasSameSizeAs(quotes);
        assertThat(straight.quotes().get(0).exact()).startsWith("\"");
    }

    @Test
    void aMarkedQuoteIsNewAndLiesWhereNoQuoteBeginsOrEnds() {
        Quote marked = article.marked(5);
        assertThat(article.text().substring(marked.span().start(), marked.span().end())).isEqualTo(marked.exact())
                .isEqualTo("the vote on the bridge");
        assertThat(quotes).noneMatch(q -> q.id() == marked.id() || q.span().equals(marked.span()));
        assertThat(article.marked(6).span().start()).isGreaterThan(marked.span().start());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MadeUpArticle.of(2).marked(5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end() && !outer.equals(inner);
    }
}
