package org.quotebench.ui;

import org.quotebench.ui.jobs.Background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.FIRST;
import static org.quotebench.ui.UndoBench.SECOND;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Verdict;

/**
 * Issue 20.5, without a window: the workspace thread is a queue the test runs when it likes, so two
 * edits of one quote can be sent before the first returns, as on a busy workspace thread. Undo must
 * put back what the store held before the last edit, not what the view last showed. Here: inspector
 * fields, and accepting or rejecting one suggestion or all of them.
 */
@ExtendWith(UndoBenchPerTest.class)
class UndoFromTheStoreTest {
    @Test
    void undoingTheSecondOfTwoQuickEditsKeepsTheFirst(UndoBench bench) {
        Quote quote = bench.quote(FIRST);
        Annotating annotating = bench.annotating();

        // Both edits are sent with the quote as the view shows it, before either is stored.
        annotating.change(quote, "Verdict", c -> c.withVerdict(Verdict.MISQUOTED));
        annotating.change(quote, "Note", c -> c.withNote("The mayor said June, not May."));
        bench.runWorkspaceThread();
        assertThat(bench.quote(FIRST).verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(bench.quote(FIRST).note()).contains("The mayor said June, not May.");

        bench.undo();
        assertThat(bench.quote(FIRST).note()).isEmpty();
        assertThat(bench.quote(FIRST).verdict()).as("undoing the note must not undo the verdict").isEqualTo(Verdict.MISQUOTED);
        assertThat(annotating.saidProperty().get()).isEqualTo("Undone: Note"); // for the status bar

        bench.undo();
        assertThat(bench.quote(FIRST)).isEqualTo(quote);
        annotating.redo();
        annotating.redo();
        bench.runWorkspaceThread();
        assertThat(bench.quote(FIRST).verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(bench.quote(FIRST).note()).contains("The mayor said June, not May.");
    }

    @Test
    void acceptingRightAfterAnEditUndoesToWhatWasStored(UndoBench bench) {
        Quote quote = bench.quote(FIRST);
        UndoBench.Stored before = bench.stored();
        Annotating annotating = bench.annotating();

        annotating.change(quote, "Verdict", c -> c.withVerdict(Verdict.ACCURATE));
        annotating.setStatus(List.of(quote), QuoteStatus.ACCEPTED, "Accept");
        bench.runWorkspaceThread();
        assertThat(bench.quote(FIRST).status()).isEqualTo(QuoteStatus.ACCEPTED);

        bench.undoAndRedoTwo(before, () -> {
            assertThat(bench.quote(FIRST).status()).isEqualTo(QuoteStatus.SUGGESTED);
            assertThat(bench.quote(FIRST).verdict()).as("undoing the accept must not undo the verdict").isEqualTo(Verdict.ACCURATE);
        });
    }

    @Test
    void rejectingTwiceQuicklyUndoesOneAtATime(UndoBench bench) {
        Quote quote = bench.quote(SECOND);
        UndoBench.Stored before = bench.stored();
        Annotating annotating = bench.annotating();

        // Accept, then (changing one's mind) reject, both from the view's suggested copy.
        annotating.setStatus(List.of(quote), QuoteStatus.ACCEPTED, "Accept");
        annotating.setStatus(List.of(quote), QuoteStatus.REJECTED, "Reject");
        bench.runWorkspaceThread();
        assertThat(bench.quote(SECOND).status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(bench.quote(SECOND)).usingRecursiveComparison().ignoringFields("status", "updatedAt").isEqualTo(quote);

        bench.undoAndRedoTwo(before, () -> assertThat(bench.quote(SECOND).status())
                .as("undoing the reject puts back the accept").isEqualTo(QuoteStatus.ACCEPTED));
    }

    @Test
    void acceptAllIsOneStepAndUndoesToWhatWasStored(UndoBench bench) {
        Quote first = bench.quote(FIRST);
        Quote second = bench.quote(SECOND);
        UndoBench.Stored before = bench.stored();
        Annotating annotating = bench.annotating();

        // A note on one suggestion is still on its way when Shift+A sends both as the view shows them.
        annotating.change(second, "Note", c -> c.withNote("Check the budget."));
        annotating.setStatus(List.of(first, second), QuoteStatus.ACCEPTED, "Accept all");
        bench.runWorkspaceThread();
        assertThat(annotating.saidProperty().get()).isEqualTo("Accepted 2 suggestions.");
        assertThat(bench.stored().quotes()).extracting(Quote::status).containsOnly(QuoteStatus.ACCEPTED);
        assertThat(bench.quote(SECOND).note()).contains("Check the budget.");

        bench.undoAndRedoTwo(before, () -> {
            assertThat(annotating.saidProperty().get()).isEqualTo("Undone: Accept all");
            assertThat(bench.quote(FIRST)).as("one step for both").isEqualTo(first);
            assertThat(bench.quote(SECOND).status()).isEqualTo(QuoteStatus.SUGGESTED);
            assertThat(bench.quote(SECOND).note()).as("undoing the accept-all must not undo the note").contains("Check the budget.");
        });

        annotating.setStatus(List.of(bench.quote(FIRST)), QuoteStatus.ACCEPTED, "Accept all");
        bench.runWorkspaceThread();
        assertThat(annotating.saidProperty().get()).isEqualTo("Accepted 1 suggestion.");
    }
}
