package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.FIRST;
import static org.quotebench.ui.UndoBench.SECOND;
import static org.quotebench.ui.UndoBench.TEXT;
import static org.quotebench.ui.UndoBench.THIRD;
import static org.quotebench.ui.UndoBench.span;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * Issue 20.5 for marking a quote, its speaker and its cue, and deleting it: each change is sent
 * before the one before it is stored, and undo and redo put back exactly what the store held.
 */
@ExtendWith(UndoBenchPerTest.class)
class UndoMarkingTest {
    @Test
    void markingTwoQuotesQuicklyUndoesOneAtATime(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        AtomicInteger marked = new AtomicInteger();
        bench.annotating().markQuote(span(THIRD), marked::incrementAndGet);
        bench.annotating().markQuote(span("open by May"), marked::incrementAndGet);
        bench.runWorkspaceThread();
        assertThat(marked).hasValue(2);
        UndoBench.Stored both = bench.stored();
        Quote third = bench.quote(THIRD);
        assertThat(third.exact()).isEqualTo(THIRD); // past the emoji and the combining accent
        assertThat(third.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(third.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(third.events()).as("the article's events").containsExactly(bench.event("Bridge vote"));
        assertThat(both.quotes()).hasSize(4).containsAll(before.quotes());
        assertThat(bench.pane().quotes()).contains(third);
        assertThat(quoteCount(bench)).isEqualTo(4);

        bench.undoAndRedoTwo(before, () -> {
            assertThat(bench.stored().quotes()).hasSize(3).containsAll(before.quotes()).contains(third);
            assertThat(bench.pane().quotes()).hasSize(3).contains(third);
            assertThat(quoteCount(bench)).isEqualTo(3);
        });
        assertThat(bench.pane().quotes()).hasSize(4);
        assertThat(quoteCount(bench)).isEqualTo(4);
    }

    @Test
    void markingTheSpeakerRightAfterTheCueUndoesToTheCue(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Quote quote = bench.quote(FIRST); // as the view shows it: no cue, no speaker

        bench.annotating().markCue(quote, span("said"));
        bench.annotating().markSpeaker(quote, span("Renée Okafor"), "Renée Okafor");
        bench.runWorkspaceThread();
        Quote marked = bench.quote(FIRST);
        assertThat(marked.speaker()).contains(bench.speaker("Renée Okafor"));
        assertThat(marked.mention().map(m -> m.textIn(TEXT))).contains("Renée Okafor");
        assertThat(marked.cue().map(c -> c.textIn(TEXT))).contains("said");

        bench.undoAndRedoTwo(before, () -> {
            Quote cued = bench.quote(FIRST);
            assertThat(cued.cue()).as("undoing the speaker must not undo the cue").contains(span("said"));
            assertThat(cued).usingRecursiveComparison().ignoringFields("cue", "updatedAt").isEqualTo(quote);
        });
    }

    @Test
    void markingTheCueTwiceQuicklyUndoesToTheFirstCue(UndoBench bench) {
        Quote quote = bench.quote(SECOND); // its cue is "added"
        UndoBench.Stored before = bench.stored();
        Span okaforAdded = span("Ms Okafor added");

        bench.annotating().markCue(quote, span("Ms"));
        bench.annotating().markCue(quote, okaforAdded);
        bench.runWorkspaceThread();
        assertThat(bench.quote(SECOND).cue()).contains(okaforAdded);

        bench.undoAndRedoTwo(before, () -> assertThat(bench.quote(SECOND).cue())
                .as("the cue stored before, not the view's").contains(span("Ms")));
    }

    @Test
    void deletingRightAfterAnEditPutsBackTheEditedQuote(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Quote quote = bench.quote(SECOND); // with a speaker, mention, cue and event

        bench.annotating().change(quote, "Verdict", c -> c.withVerdict(Verdict.MISQUOTED));
        bench.annotating().delete(quote);
        bench.runWorkspaceThread();
        assertThat(bench.stored().quotes()).extracting(Quote::id).doesNotContain(quote.id());
        assertThat(bench.pane().quotes()).extracting(Quote::id).doesNotContain(quote.id());
        assertThat(quoteCount(bench)).isEqualTo(1);

        bench.undoAndRedoTwo(before, () -> {
            Quote back = bench.quote(SECOND);
            assertThat(back.verdict()).as("as stored, with the verdict the view had not shown yet").isEqualTo(Verdict.MISQUOTED);
            assertThat(back).usingRecursiveComparison().ignoringFields("verdict", "updatedAt").isEqualTo(quote);
            assertThat(bench.pane().quotes()).filteredOn(q -> q.id() == back.id()).singleElement()
                    .usingRecursiveComparison().ignoringFields("revision").isEqualTo(back);
            assertThat(quoteCount(bench)).isEqualTo(2);
        });
        assertThat(bench.pane().quotes()).extracting(Quote::id).doesNotContain(quote.id());
    }

    private static int quoteCount(UndoBench bench) {
        List<ArticleInfo> articles = bench.session().articles();
        return articles.stream().filter(a -> a.id() == bench.article()).findFirst().orElseThrow().quoteCount();
    }
}
