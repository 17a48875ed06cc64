package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.FIRST;
import static org.quotebench.ui.UndoBench.SECOND;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;

/**
 * Issue 20.5 for the inspector's edits: fields, the speaker by name and the events by name. Each
 * edit is sent from the view's copy before the one before it is stored; undo and redo put back
 * exactly what the store held, one edit at a time.
 */
@ExtendWith(UndoBenchPerTest.class)
class UndoEditsTest {
    @Test
    void fiveQuickFieldEditsUndoOneAtATime(UndoBench bench) {
        Quote quote = bench.quote(SECOND);
        List<UndoBench.Stored> states = new ArrayList<>(List.of(bench.stored()));
        Annotating annotating = bench.annotating();

        annotating.change(quote, "Change kind", c -> c.withKind(QuoteKind.PARTIAL));
        annotating.change(quote, "Change verdict", c -> c.withVerdict(Verdict.OUT_OF_CONTEXT));
        annotating.change(quote, "Change note", c -> c.withNote("Said of the 2025 budget."));
        annotating.change(quote, "Change annotator", c -> c.withAnnotator("ana"));
        annotating.change(quote, "Reject", c -> c.withStatus(QuoteStatus.REJECTED));
        bench.runWorkspaceThread();
        Quote edited = bench.quote(SECOND);
        assertThat(edited).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new Quote(quote.id(), quote.uuid(),
                quote.articleId(), quote.span(), quote.exact(), QuoteKind.PARTIAL, QuoteStatus.REJECTED, Verdict.OUT_OF_CONTEXT,
                Optional.of("Said of the 2025 budget."), quote.speaker(), quote.mention(), quote.cue(), quote.events(),
                Optional.of("ana"), quote.createdAt(), quote.updatedAt()));

        // Each undo takes back only the last edit still done, as the store held it.
        for (int done = 5; done > 0; done--) {
            states.add(1, bench.stored());
            bench.undo();
            Quote now = bench.quote(SECOND);
            assertThat(now.kind()).isEqualTo(done > 1 ? QuoteKind.PARTIAL : QuoteKind.DIRECT);
            assertThat(now.verdict()).isEqualTo(done > 2 ? Verdict.OUT_OF_CONTEXT : Verdict.UNCHECKED);
            assertThat(now.note()).isEqualTo(done > 3 ? Optional.of("Said of the 2025 budget.") : Optional.empty());
            assertThat(now.annotator()).isEqualTo(done > 4 ? Optional.of("ana") : Optional.empty());
            assertThat(now.status()).isEqualTo(QuoteStatus.SUGGESTED);
        }
        assertThat(bench.stored()).isEqualTo(states.get(0));
        for (int done = 1; done <= 5; done++) {
            bench.redo();
            assertThat(bench.stored()).as("redone %d", done).isEqualTo(states.get(done));
        }
        assertThat(bench.quote(SECOND)).isEqualTo(edited);
        assertThat(bench.annotating().history().canRedoProperty().get()).isFalse();
    }

    @Test
    void removingTheSpeakerRightAfterChangingItUndoesToTheChangedOne(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Quote quote = bench.quote(SECOND); // said by R. Okafor, as the view shows it
        Speaker renee = bench.speaker("Renée Okafor");

        bench.annotating().speaker(quote, "Mayor Okafor"); // an alias: the speaker is found, not created
        bench.annotating().speaker(quote, " ");
        bench.runWorkspaceThread();
        assertThat(bench.quote(SECOND).speaker()).isEmpty();
        assertThat(bench.quote(SECOND).mention()).as("the mention stays").isEqualTo(quote.mention());
        assertThat(bench.stored().speakers()).isEqualTo(before.speakers());

        bench.undoAndRedoTwo(before, () -> assertThat(bench.quote(SECOND).speaker())
                .as("the speaker stored before, not the view's").contains(renee));
    }

    @Test
    void aNewSpeakerNameIsUndoneAndRedone(UndoBench bench) {
        Quote quote = bench.quote(FIRST);
        UndoBench.Stored before = bench.stored();

        bench.annotating().speaker(quote, "Council spokesperson");
        bench.runWorkspaceThread();
        Speaker created = bench.speaker("Council spokesperson");
        assertThat(bench.quote(FIRST).speaker()).contains(created);
        UndoBench.Stored named = bench.stored();

        bench.undo();
        assertThat(bench.stored().quotes()).isEqualTo(before.quotes());
        assertThat(bench.stored().speakers()).as("the speaker the change created goes with it").isEqualTo(before.speakers());
        bench.redo();
        assertThat(bench.stored()).isEqualTo(named); // the same speaker (id, UUID) again
    }

    /** A speaker created by a change and used by another quote since is not taken away by undoing the change. */
    @Test
    void undoKeepsACreatedSpeakerAnotherQuoteUsesSince(UndoBench bench) {
        bench.annotating().speaker(bench.quote(FIRST), "Council spokesperson");
        bench.runWorkspaceThread();
        bench.annotating().speaker(bench.quote(SECOND), "Council spokesperson");
        bench.runWorkspaceThread();
        Speaker created = bench.speaker("Council spokesperson");
        bench.annotating().history().undo(); // the second change leaves the history (as if made by another program)
        bench.undo(); // undoes the first
        assertThat(bench.quote(SECOND).speaker()).as("the other quote keeps its speaker").contains(created);
        assertThat(bench.stored().speakers()).contains(created);
    }

    @Test
    void twoQuickEventEditsUndoOneAtATime(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Quote quote = bench.quote(FIRST); // about no event yet, as the view shows it

        bench.annotating().events(quote, List.of("Bridge vote"));
        bench.annotating().events(quote, List.of("City budget", "Bridge vote"));
        bench.runWorkspaceThread();
        assertThat(bench.quote(FIRST).events()).containsExactlyInAnyOrder(bench.event("Bridge vote"), bench.event("City budget"));
        assertThat(bench.stored().events()).isEqualTo(before.events());

        bench.undoAndRedoTwo(before, () -> assertThat(bench.quote(FIRST).events())
                .as("the events stored before, not the view's").containsExactly(bench.event("Bridge vote")));
    }

    /** An event typed in the inspector that did not exist goes with the undo, and comes back (the same event) with the redo. */
    @Test
    void aNewEventIsUndoneAndRedone(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        bench.annotating().events(bench.quote(FIRST), List.of("Harbour strike"));
        bench.runWorkspaceThread();
        Event created = bench.event("Harbour strike");
        UndoBench.Stored linked = bench.stored();
        assertThat(bench.quote(FIRST).events()).containsExactly(created);

        bench.undo();
        assertThat(bench.stored()).as("the quote as it was, and no event left over").isEqualTo(before);
        bench.redo();
        assertThat(bench.stored()).isEqualTo(linked);
    }

    /** A created event another quote is about since, or an article is linked to, is not taken away by the undo. */
    @Test
    void undoKeepsACreatedEventThatIsUsedSince(UndoBench bench) {
        bench.annotating().events(bench.quote(FIRST), List.of("Harbour strike"));
        bench.runWorkspaceThread();
        bench.annotating().events(bench.quote(SECOND), List.of("Harbour strike"));
        bench.runWorkspaceThread();
        Event created = bench.event("Harbour strike");
        bench.annotating().history().undo(); // the second change leaves the history (as if made by another program)
        bench.undo();
        assertThat(bench.quote(FIRST).events()).isEmpty();
        assertThat(bench.quote(SECOND).events()).as("the other quote keeps its event").containsExactly(created);
    }
}
