package org.quotebench.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.ui.UndoBench;
import org.quotebench.ui.UndoBenchPerTest;
import org.quotebench.ui.conflicts.ConflictFields;

/**
 * Issue 25 in the Speakers view (its edits, without a window): a speaker someone else changed after
 * the table showed it is not overwritten. The edit is refused, the user is asked, and "make my change
 * over it" changes only the field the user typed in, on the speaker as stored now, as one undoable step.
 */
@ExtendWith(UndoBenchPerTest.class)
class SpeakerEditConflictsTest {
    private final List<EditConflict> asked = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private int reloads;

    private SpeakerEdits edits(UndoBench bench, boolean replace) {
        return new SpeakerEdits(bench.session(), bench.annotating(), (conflict, yourChange, again) -> {
            asked.add(conflict);
            if (replace && asked.size() == 1) { // once: an edit that asked again and again would show as more than one ask
                again.run();
            }
        }, said::add, () -> reloads++);
    }

    /** What the table's Affiliation column makes of what was typed: the speaker's other fields as given. */
    private static Function<Speaker, SpeakerDraft> affiliation(String typed) {
        return s -> new SpeakerDraft(s.name(), s.kind(), s.role(), Optional.of(typed), s.description(), s.wikidata(), s.aliases());
    }

    /** Someone else, on a connection of their own, gives the speaker a role. */
    private static void anotherPersonSetsTheRole(UndoBench bench, Speaker s, String role) {
        bench.read(ws -> ws.speakers().update(s.id(), new SpeakerDraft(s.name(), s.kind(), Optional.of(role), s.affiliation(),
                s.description(), s.wikidata(), s.aliases())));
    }

    @Test
    void anEditOfASpeakerSomeoneChangedIsRefusedAndTheirsKept(UndoBench bench) {
        Speaker seen = bench.speaker("R. Okafor");
        anotherPersonSetsTheRole(bench, seen, "Council spokeswoman");

        edits(bench, false).edit(seen, "Affiliation", affiliation("City council"));
        bench.runWorkspaceThread();

        assertThat(asked).singleElement().satisfies(conflict -> {
            assertThat(conflict).hasMessageContaining("The speaker R. Okafor changed since you read it");
            assertThat(ConflictFields.of(conflict)).contains(new ConflictFields.Row("Role", "Council spokeswoman"),
                    new ConflictFields.Row("Affiliation", "(none)"));
        });
        Speaker stored = bench.speaker("R. Okafor");
        assertThat(stored.role()).as("theirs kept").contains("Council spokeswoman");
        assertThat(stored.affiliation()).as("ours not stored").isEmpty();
        assertThat(reloads).as("the table lists the speakers as stored now").isPositive();
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    @Test
    void anEditSomeoneElseAlreadyMadeIsNotAskedAboutAndLeavesNothingToUndo(UndoBench bench) {
        Speaker seen = bench.speaker("R. Okafor");
        bench.read(ws -> ws.speakers().update(seen.id(), new SpeakerDraft(seen.name(), seen.kind(), Optional.of("Spokeswoman"),
                Optional.of("City council"), seen.description(), seen.wikidata(), seen.aliases())));

        edits(bench, true).edit(seen, "Affiliation", affiliation("City council"));
        bench.runWorkspaceThread();

        assertThat(asked).as("they typed the same affiliation: nothing to decide").isEmpty();
        assertThat(said).singleElement().asString().startsWith("Your change is already there: ")
                .endsWith("changed its role and affiliation.");
        Speaker stored = bench.speaker("R. Okafor");
        assertThat(stored.role()).contains("Spokeswoman");
        assertThat(stored.affiliation()).contains("City council");
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    /** Found in review: the same aliases typed in another order were asked about. */
    @Test
    void theSameAliasesInAnotherOrderAreNotAskedAbout(UndoBench bench) {
        Speaker seen = bench.speaker("R. Okafor");
        bench.read(ws -> ws.speakers().update(seen.id(), new SpeakerDraft(seen.name(), seen.kind(), seen.role(), seen.affiliation(),
                seen.description(), seen.wikidata(), List.of("Rita Okafor", "Councillor Okafor"))));
        Function<Speaker, SpeakerDraft> typed = s -> new SpeakerDraft(s.name(), s.kind(), s.role(), s.affiliation(), s.description(),
                s.wikidata(), List.of("Councillor Okafor", "Rita Okafor"));

        edits(bench, false).edit(seen, "Aliases", typed);
        bench.runWorkspaceThread();

        assertThat(asked).isEmpty();
        assertThat(said).singleElement().asString().startsWith("Your change is already there: ");
    }

    @Test
    void makingTheEditOverTheirsChangesOnlyTheFieldTypedInAndUndoes(UndoBench bench) {
        Speaker seen = bench.speaker("R. Okafor");
        anotherPersonSetsTheRole(bench, seen, "Council spokeswoman");

        edits(bench, true).edit(seen, "Affiliation", affiliation("City council"));
        bench.runWorkspaceThread();

        assertThat(asked).hasSize(1);
        Speaker stored = bench.speaker("R. Okafor");
        assertThat(stored.affiliation()).contains("City council");
        assertThat(stored.role()).as("their role stays: only the affiliation was ours").contains("Council spokeswoman");
        assertThat(said).last().isEqualTo("Changed R. Okafor.");

        bench.undo();
        Speaker undone = bench.speaker("R. Okafor");
        assertThat(undone.affiliation()).as("undo takes back our change").isEmpty();
        assertThat(undone.role()).as("and leaves theirs").contains("Council spokeswoman");
    }
}
