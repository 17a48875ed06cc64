package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

class SpeakerPageTest {
    static final Event VOTE = event(1, "Bridge vote", Optional.of("2026-05-03"));
    static final Event STRIKE = event(2, "Ferry strike", Optional.of("2026-03-01"));
    static final Event FLOOD = event(3, "Quay flood", Optional.empty());

    static Event event(long id, String name, Optional<String> starts) {
        return new Event(id, "e" + id, name, starts, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ArticleInfo article(long id, String date) {
        return new ArticleInfo(id, "a" + id, new ArticleMetadata(Optional.of("Article " + id), Optional.of("Outlet " + id),
                Optional.empty(), Optional.empty(), Optional.ofNullable(date), Optional.empty()), "UTF-8", id + ".txt", 100, "", "", 1);
    }

    static Quote quote(long id, long articleId, int start, Event... events) {
        return new Quote(id, "q" + id, articleId, new Span(start, start + 5), "words", QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(events),
                Optional.empty(), "t", "t");
    }

    @Test
    void eventsInDateOrderQuotesByArticleDateAndPositionNoEventLast() {
        Map<Long, ArticleInfo> articles = Map.of(10L, article(10, "2026-05-04"), 11L, article(11, "2026-05-03"),
                12L, article(12, "2026-02-27"), 13L, article(13, null));
        List<Quote> quotes = List.of(quote(1, 10, 40, VOTE), quote(2, 11, 60, VOTE), quote(3, 11, 5, VOTE, STRIKE),
                quote(4, 12, 0, FLOOD), quote(5, 13, 0), quote(6, 99, 0, VOTE));
        SpeakerPage page = SpeakerPage.of(quotes, articles, Map.of());
        // The flood has no date of its own: its earliest quote (2026-02-27) places it first.
        assertThat(page.sections()).extracting(s -> s.event().map(Event::name).orElse("none"))
                .containsExactly("Quay flood", "Ferry strike", "Bridge vote", "none");
        assertThat(page.sections().get(2).entries()).extracting(e -> e.quote().id()).containsExactly(3L, 2L, 1L);
        assertThat(page.sections().get(1).entries()).extracting(e -> e.quote().id()).containsExactly(3L);
        assertThat(page.sections().get(3).entries()).extracting(e -> e.quote().id()).containsExactly(5L);
        // A quote whose article is not known is left out rather than shown without a source.
        assertThat(page.sections()).flatExtracting(SpeakerPage.Section::entries).extracting(e -> e.quote().id()).doesNotContain(6L);
    }

    @Test
    void noQuotesNoSections() {
        assertThat(SpeakerPage.of(List.of(), Map.of(), Map.of()).sections()).isEmpty();
    }

    @Test
    void aQuoteWithoutEventsIsAboutItsArticlesEvents() {
        SpeakerPage page = SpeakerPage.of(List.of(quote(1, 10, 0), quote(2, 11, 0, STRIKE)),
                Map.of(10L, article(10, "2026-05-04"), 11L, article(11, "2026-03-02")), Map.of(10L, List.of(VOTE), 11L, List.of(VOTE)));
        assertThat(page.sections()).extracting(s -> s.event().orElseThrow().name()).containsExactly("Ferry strike", "Bridge vote");
        assertThat(page.sections().get(1).entries()).extracting(e -> e.quote().id()).containsExactly(1L);
    }
}
