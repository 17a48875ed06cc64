package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Verdict;

/** The library's filter: typed text that can never break the query, outlets, and quote-based filters. */
class LibraryFilterTest {
    @TempDir
    Path dir;
    Workspace workspace;
    long bridge;
    long budget;
    long market;
    long undated;
    long okafor;
    long hale;
    long vote;

    /** The workspace the tests run on: a file here, a library on a PostgreSQL server in {@code LibraryFilterOnServerTest}. */
    Workspace openWorkspace() {
        return Workspace.open(dir.resolve("news.qb"));
    }

    @BeforeEach
    void open() {
        workspace = openWorkspace();
        bridge = article("Bridge vote delayed", "The Harbour Courier", "2026-03-02",
                "Councillors in Port Alder postponed the bridge vote. \"We need the engineers' report,\" said Renée Okafor.");
        budget = article("School budget", "Greywick Gazette", "2026-04-10",
                "The school budget grows by four percent, Tom Hale said. Nobody mentioned the bridgework.");
        market = article("Night market returns", "the harbour courier", "2026-01-15",
                "Stalls return to Saltmere quay on Fridays, the organisers said.");
        undated = article("Ferry notes", null, null, "A short note about ferry timetables (col:x) and -x NEAR AND.");
        okafor = workspace.speakers().findOrCreate("Renée Okafor").id();
        hale = workspace.speakers().findOrCreate("Tom Hale").id();
        vote = workspace.events().findOrCreate("Bridge vote").id();
        quote(bridge, "We need the engineers' report", Optional.of(okafor), QuoteStatus.ACCEPTED, Verdict.ACCURATE, List.of(vote));
        quote(budget, "The school budget grows by four percent", Optional.of(hale), QuoteStatus.SUGGESTED, Verdict.MISQUOTED,
                List.of());
        // Rejected quotes say nothing about their article.
        quote(market, "Stalls return to Saltmere quay", Optional.of(okafor), QuoteStatus.REJECTED, Verdict.MISQUOTED,
                List.of(vote));
        workspace.events().link(vote, undated);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void withoutFiltersNewestFirstAndUndatedLast() {
        assertThat(ids(LibraryFilter.all())).containsExactly(budget, bridge, market, undated);
        assertThat(ids(LibraryFilter.all().withText("   "))).containsExactly(budget, bridge, market, undated);
    }

    @Test
    void textMatchesPrefixesAsYouType() {
        assertThat(ids(LibraryFilter.all().withText("brid"))).containsExactlyInAnyOrder(bridge, budget); // "bridgework"
        assertThat(ids(LibraryFilter.all().withText("bridgew"))).containsExactly(budget);
        assertThat(ids(LibraryFilter.all().withText("bridge vo"))).containsExactly(bridge);
        assertThat(ids(LibraryFilter.all().withText("ren"))).containsExactly(bridge); // diacritics ignored
        assertThat(ids(LibraryFilter.all().withText("budget gro"))).containsExactly(budget);
        assertThat(ids(LibraryFilter.all().withText("budget quay"))).isEmpty();
        // A trailing word without letters does not empty the list while typing.
        assertThat(ids(LibraryFilter.all().withText("bridge vote -"))).containsExactly(bridge);
    }

    @Test
    void textRanksTitleMatchesFirst() {
        assertThat(ids(LibraryFilter.all().withText("school"))).containsExactly(budget);
        long notes = article("Quay notes", "Greywick Gazette", "2026-05-01", "Nothing else here.");
        // bm25 with the title weighted 5 times: the title match comes before the older text match.
        assertThat(ids(LibraryFilter.all().withText("quay"))).containsExactly(notes, market);
    }

    @Test
    void hostileTextNeverThrows() {
        for (String typed : List.of("\"", "\"\"", "don't", "(bridge", "bridge)", "*", "bri*", "NEAR", "NEAR(bridge vote)",
                "AND", "bridge AND", "OR NOT", "-x", "col:x", "title:bridge", "^bridge", "a + b", "{title}: x", "\"bridge",
                "bridge\"", "😀", "\u0301", "'; DROP TABLE article; --", "x\"y", ":", "\\")) {
            assertThatCode(() -> workspace.articles().find(LibraryFilter.all().withText(typed))).as(typed)
                    .doesNotThrowAnyException();
        }
        assertThat(ids(LibraryFilter.all().withText("col:x"))).containsExactly(undated);
        assertThat(ids(LibraryFilter.all().withText("-x NEAR AND"))).containsExactly(undated);
        assertThat(ids(LibraryFilter.all().withText("\"bridge vote"))).containsExactly(bridge);
        assertThat(ids(LibraryFilter.all().withText("*"))).hasSize(4); // no word: no text filter
        assertThat(workspace.articles().count()).isEqualTo(4);
    }

    @Test
    void outletMatchesIgnoringCase() {
        assertThat(ids(filter(Optional.of("the harbour courier"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(bridge, market);
        assertThat(ids(filter(Optional.of("Greywick Gazette"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(budget);
    }

    @Test
    void speakerEventAndVerdictSkipRejectedQuotes() {
        assertThat(ids(filter(Optional.empty(), Optional.of(okafor), Optional.empty(), Optional.empty()))).containsExactly(bridge);
        assertThat(ids(filter(Optional.empty(), Optional.of(hale), Optional.empty(), Optional.empty()))).containsExactly(budget);
        // Through a quote (bridge) or the article itself (undated); the market's quote is rejected.
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(vote), Optional.empty())))
                .containsExactly(bridge, undated);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Verdict.MISQUOTED))))
                .containsExactly(budget);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Verdict.FABRICATED)))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(new LibraryFilter(Optional.of("brid"), Optional.of("The Harbour Courier"), Optional.of(okafor),
                Optional.of(vote), Optional.of(Verdict.ACCURATE)))).containsExactly(bridge);
        assertThat(ids(new LibraryFilter(Optional.of("brid"), Optional.of("Greywick Gazette"), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactly(budget);
        assertThat(ids(new LibraryFilter(Optional.empty(), Optional.of("The Harbour Courier"), Optional.empty(),
                Optional.of(vote), Optional.empty()))).containsExactly(bridge);
        assertThat(ids(new LibraryFilter(Optional.of("ferry"), Optional.empty(), Optional.empty(), Optional.of(vote),
                Optional.empty()))).containsExactly(undated);
        assertThat(ids(new LibraryFilter(Optional.empty(), Optional.empty(), Optional.of(hale), Optional.empty(),
                Optional.of(Verdict.ACCURATE)))).isEmpty();
    }

    @Test
    void foundArticlesCarryTheirInfo() {
        ArticleInfo info = workspace.articles().find(LibraryFilter.all().withText("school")).get(0);
        assertThat(info).isEqualTo(workspace.articles().get(budget).info());
        assertThat(info.quoteCount()).isEqualTo(1);
    }

    @Test
    void outletsAreDistinctIgnoringCaseAndSorted() {
        article("Tide tables", "Bellmouth Radio", null, "High tide at six.");
        assertThat(workspace.articles().outlets()).containsExactly("Bellmouth Radio", "Greywick Gazette", "The Harbour Courier");
    }

    private List<Long> ids(LibraryFilter filter) {
        return workspace.articles().find(filter).stream().map(ArticleInfo::id).toList();
    }

    private static LibraryFilter filter(Optional<String> outlet, Optional<Long> speaker, Optional<Long> event,
            Optional<Verdict> verdict) {
        return new LibraryFilter(Optional.empty(), outlet, speaker, event, verdict);
    }

    private long article(String title, String outlet, String date, String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.of(title), Optional.ofNullable(outlet), Optional.empty(),
                Optional.empty(), Optional.ofNullable(date), Optional.of("en"));
        return ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(text, meta, "UTF-8",
                title + ".txt"))).article().id();
    }

    private void quote(long article, String exact, Optional<Long> speaker, QuoteStatus status, Verdict verdict,
            List<Long> events) {
        String text = workspace.articles().get(article).text();
        workspace.quotes().add(new QuoteDraft(article, QuoteLoadingTest.span(text, exact), QuoteKind.DIRECT, status, verdict,
                Optional.empty(), speaker, Optional.empty(), Optional.empty(), events, Optional.empty(), Optional.empty()));
    }
}
