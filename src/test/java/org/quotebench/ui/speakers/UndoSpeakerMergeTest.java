package org.quotebench.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.FIRST;
import static org.quotebench.ui.UndoBench.SECOND;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.ui.Annotating;
import org.quotebench.ui.UndoBench;
import org.quotebench.ui.UndoBenchPerTest;

/**
 * Issue 20.5 for a merge of speakers (as the Speakers view sends it): one step that takes both
 * speakers and the moved quotes as the store held them inside the merge, including a quote whose
 * new speaker the view had not shown yet; undo and redo put back exactly that.
 */
@ExtendWith(UndoBenchPerTest.class)
class UndoSpeakerMergeTest {
    @Test
    void undoingAMergeRightAfterASpeakerEditPutsBackBothSpeakersAndTheEdit(UndoBench bench) {
        UndoBench.Stored before = bench.stored();
        Speaker keep = bench.speaker("Renée Okafor");
        Speaker other = bench.speaker("R. Okafor");
        Quote first = bench.quote(FIRST); // no speaker, as the view shows it
        Annotating annotating = bench.annotating();

        annotating.speaker(first, "R. Okafor");
        merge(bench, keep, other);
        bench.runWorkspaceThread();
        UndoBench.Stored merged = bench.stored();
        assertThat(merged.speakers()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(keep.id());
            assertThat(s.aliases()).containsExactlyInAnyOrder("Mayor Okafor", "R. Okafor", "Ms Okafor");
        });
        assertThat(merged.quotes()).extracting(q -> q.speaker().map(Speaker::id)).containsOnly(Optional.of(keep.id()));
        assertThat(bench.pane().quotes()).extracting(q -> q.speaker().map(Speaker::name))
                .containsOnly(Optional.of("Renée Okafor"));

        bench.undoAndRedoTwo(before, () -> {
            assertThat(annotating.saidProperty().get()).isEqualTo("Undone: Merge R. Okafor into Renée Okafor");
            assertThat(bench.stored().speakers()).as("both speakers, their aliases apart again").isEqualTo(before.speakers());
            assertThat(bench.quote(FIRST).speaker()).as("moved by the merge, though the view showed it without a speaker")
                    .contains(other);
            assertThat(bench.quote(SECOND).speaker()).contains(other);
            assertThat(bench.pane().quotes()).extracting(q -> q.speaker().map(Speaker::name)).containsOnly(Optional.of("R. Okafor"));
        });
    }

    /** What the Speakers view's Merge does once the user has chosen: the step is recorded for undo. */
    private static void merge(UndoBench bench, Speaker keep, Speaker other) {
        bench.session().call("Changing speakers", ws -> SpeakerSteps.merge(ws, keep.id(), other.id()),
                bench.annotating()::speakersChanged);
    }
}
