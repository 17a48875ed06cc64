package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.FIRST;
import static org.quotebench.ui.UndoBench.SECOND;
import static org.quotebench.ui.UndoBench.span;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.ui.text.Mark;
import org.quotebench.ui.text.QuoteMarks;

/**
 * Issue 22: a quote its attribution interrupts is one quote in pieces in the window. Adding a piece is
 * one step to undo; the pieces are marked as one quote and not the attribution between them; a click on
 * either piece selects it, a click between them does not.
 */
@ExtendWith(UndoBenchPerTest.class)
class QuotePiecesInWindowTest {
    @Test
    void addingAPieceMakesOneQuoteInTwoPiecesAndUndoesAsOneStep(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Quote first = bench.quote(FIRST); // past an emoji and a combining accent
        Span second = span(SECOND);
        // the second quotation goes with the first here; its own quote is deleted first, as a user would
        bench.annotating().delete(bench.quote(SECOND));
        bench.runWorkspaceThread();
        UndoBench.Stored withoutSecond = bench.stored();

        bench.annotating().addPiece(first, second);
        bench.runWorkspaceThread();
        Quote joined = bench.stored().quotes().stream().filter(q -> q.id() == first.id()).findFirst().orElseThrow();
        assertThat(joined.fragments()).containsExactly(span(FIRST), second);
        assertThat(joined.words()).isEqualTo(FIRST + " … " + SECOND);
        assertThat(joined.speaker()).isEqualTo(first.speaker());
        assertThat(bench.pane().quotes()).filteredOn(q -> q.id() == joined.id()).singleElement()
                .usingRecursiveComparison().ignoringFields("revision").isEqualTo(joined);
        assertThat(bench.stored().quotes()).hasSize(withoutSecond.quotes().size());

        bench.undoAndRedo(withoutSecond);
        bench.undo();
        bench.undo();
        assertThat(bench.stored()).isEqualTo(before);
    }

    @Test
    void thePiecesAreMarkedAsOneQuoteAndOnlyThePiecesSelectIt(UndoBench bench) {
        Quote first = bench.quote(FIRST);
        bench.annotating().delete(bench.quote(SECOND));
        bench.annotating().addPiece(first, span(SECOND));
        bench.runWorkspaceThread();
        Quote joined = bench.quote(FIRST + " Renée Okafor said. " + SECOND);
        List<Quote> quotes = List.of(joined);

        List<Mark> marks = QuoteMarks.of(quotes, QuoteMarks.ColourMode.SPEAKER, OptionalLong.of(joined.id()));
        assertThat(marks).extracting(Mark::span).contains(span(FIRST), span(SECOND))
                .doesNotContain(joined.span());
        assertThat(QuoteMarks.quoteAt(quotes, span(FIRST).start())).hasValue(joined.id());
        assertThat(QuoteMarks.quoteAt(quotes, span(SECOND).end() - 1)).hasValue(joined.id());
        assertThat(QuoteMarks.quoteAt(quotes, span("Renée Okafor said").start())).isEmpty();
    }
}
