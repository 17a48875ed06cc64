package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.ui.UndoBench.SECOND;
import static org.quotebench.ui.UndoBench.span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;

/**
 * Issue 25, in the window (its models, without a window): a quote someone else changed after the
 * window showed it is not overwritten. The window's edit is refused, the pane shows the quote as stored
 * now, and the user is asked to keep that or make their change over it; undo does not undo over
 * someone else's change either. The other person is a second connection to the same workspace.
 */
@ExtendWith(UndoBenchPerTest.class)
class EditConflictsInWindowTest {
    /** What the window was asked, and the answer the test gives. */
    private final List<EditConflict> asked = new ArrayList<>();
    private boolean replace;

    private void answering(UndoBench bench, boolean replaceTheirs) {
        replace = replaceTheirs;
        bench.annotating().setConflicts((conflict, yours, again) -> {
            asked.add(conflict);
            if (replace) {
                again.run();
            }
        });
    }

    private static Quote shown(UndoBench bench) {
        return bench.pane().quotes().stream().filter(q -> q.span().equals(span(SECOND))).findFirst().orElseThrow();
    }

    private static Quote stored(UndoBench bench, long id) {
        return bench.read(ws -> ws.quotes().get(id));
    }

    /** Someone else, on a connection of their own, sets the quote's verdict. */
    private static void anotherPersonSetsTheVerdict(UndoBench bench, long id, Verdict verdict) {
        bench.read(ws -> ws.quotes().edit(id, QuoteChange.none().withVerdict(verdict).withAnnotator("ana")));
    }

    @Test
    void anEditOnAQuoteSomeoneChangedIsRefusedShownAndTheirsKept(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);

        bench.annotating().change(seen, "Change verdict", c -> c.withVerdict(Verdict.ACCURATE));
        bench.runWorkspaceThread();

        assertThat(asked).singleElement().satisfies(conflict -> assertThat(conflict).hasMessageContaining("ana changed its verdict"));
        assertThat(stored(bench, seen.id()).verdict()).as("theirs kept").isEqualTo(Verdict.MISQUOTED);
        assertThat(shown(bench).verdict()).as("the pane shows the quote as stored now").isEqualTo(Verdict.MISQUOTED);
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    @Test
    void theUserCanMakeTheirChangeOverTheOtherOne(UndoBench bench) {
        answering(bench, true);
        Quote seen = shown(bench);
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);

        bench.annotating().change(seen, "Change note", c -> c.withNote("Checked against the tape."));
        bench.runWorkspaceThread();

        assertThat(asked).hasSize(1);
        Quote now = stored(bench, seen.id());
        assertThat(now.note()).contains("Checked against the tape.");
        assertThat(now.verdict()).as("their verdict stays: only the note was ours").isEqualTo(Verdict.MISQUOTED);
        assertThat(shown(bench)).isEqualTo(now);
    }

    @Test
    void aChangeSomeoneElseAlreadyMadeIsNotAskedAboutAndLeavesNothingToUndo(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);
        List<String> said = new ArrayList<>();
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));

        bench.annotating().change(seen, "Change verdict", c -> c.withVerdict(Verdict.MISQUOTED));
        bench.runWorkspaceThread();

        assertThat(asked).as("both said misquoted: nothing to decide").isEmpty();
        Quote now = stored(bench, seen.id());
        assertThat(now.revision().number()).as("nothing stored over hers").isEqualTo(seen.revision().number() + 1);
        assertThat(shown(bench)).as("the pane shows it as stored").isEqualTo(now);
        assertThat(said).containsExactly("Your change is already there: ana changed its verdict and annotator.");
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    /** Found in review: the window took her revision for its own, and an undo then put her verdict back unasked. */
    @Test
    void aChangeSheAlreadyMadeDoesNotMakeHerRevisionTheWindowsOwn(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        bench.annotating().change(seen, "Change note", c -> c.withNote("Ours."));
        bench.runWorkspaceThread();
        Quote ours = stored(bench, seen.id());
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);

        bench.annotating().change(ours, "Change verdict", c -> c.withVerdict(Verdict.MISQUOTED)); // as the pane showed it
        bench.runWorkspaceThread();
        assertThat(asked).as("the same verdict: nothing to decide").isEmpty();

        bench.undo(); // the note step: undoing it would put back the verdict before hers
        assertThat(asked).as("asked, as over any change of someone else's").hasSize(1);
        Quote now = stored(bench, seen.id());
        assertThat(now.verdict()).as("her verdict stays").isEqualTo(Verdict.MISQUOTED);
        assertThat(now.note()).as("not undone").contains("Ours.");
    }

    @Test
    void acceptingAllLeavesASuggestionSheAcceptedAlreadyAsHersWithNothingToUndo(UndoBench bench) {
        answering(bench, false);
        List<Quote> shown = List.copyOf(bench.pane().quotes());
        Quote hers = shown(bench);
        bench.read(ws -> ws.quotes().edit(hers.id(), QuoteChange.none().withStatus(org.quotebench.core.QuoteStatus.ACCEPTED)
                .withAnnotator("ana")));
        List<String> said = new ArrayList<>();
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));

        bench.annotating().setStatus(shown, org.quotebench.core.QuoteStatus.ACCEPTED, "Accept all suggestions");
        bench.runWorkspaceThread();

        assertThat(said).contains("Accepted 1 suggestion. 1 suggestion someone else changed meanwhile was left as they made it.");
        bench.undo();
        Quote other = shown.stream().filter(q -> q.id() != hers.id()).findFirst().orElseThrow();
        assertThat(stored(bench, other.id()).status()).as("ours undone").isEqualTo(org.quotebench.core.QuoteStatus.SUGGESTED);
        assertThat(stored(bench, hers.id()).status()).as("hers stays accepted").isEqualTo(org.quotebench.core.QuoteStatus.ACCEPTED);
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing more to undo").isFalse();
    }

    @Test
    void quickEditsOfOnesOwnAreNoConflict(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        bench.annotating().change(seen, "Change verdict", c -> c.withVerdict(Verdict.ACCURATE));
        bench.annotating().change(seen, "Change note", c -> c.withNote("Sourced.")); // sent before the first is shown
        bench.runWorkspaceThread();
        assertThat(asked).isEmpty();
        assertThat(stored(bench, seen.id()).verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(stored(bench, seen.id()).note()).contains("Sourced.");
        assertThat(stored(bench, seen.id()).revision().number()).isEqualTo(seen.revision().number() + 2);
    }

    @Test
    void aDeleteOfAQuoteSomeoneChangedIsRefused(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.FABRICATED);
        bench.annotating().delete(seen);
        bench.runWorkspaceThread();
        assertThat(asked).hasSize(1);
        assertThat(bench.read((Workspace ws) -> ws.quotes().find(seen.id()))).isPresent();
        assertThat(shown(bench).verdict()).isEqualTo(Verdict.FABRICATED);
    }

    @Test
    void acceptingAllLeavesASuggestionSomeoneElseChangedAsTheyMadeIt(UndoBench bench) {
        answering(bench, false);
        List<Quote> shown = List.copyOf(bench.pane().quotes());
        assertThat(shown).hasSize(2);
        Quote changedByAna = shown(bench);
        anotherPersonSetsTheVerdict(bench, changedByAna.id(), Verdict.MISQUOTED);
        List<String> said = new ArrayList<>();
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));

        bench.annotating().setStatus(shown, org.quotebench.core.QuoteStatus.ACCEPTED, "Accept all suggestions");
        bench.runWorkspaceThread();

        Quote other = shown.stream().filter(q -> q.id() != changedByAna.id()).findFirst().orElseThrow();
        assertThat(stored(bench, other.id()).status()).isEqualTo(org.quotebench.core.QuoteStatus.ACCEPTED);
        Quote anas = stored(bench, changedByAna.id());
        assertThat(anas.status()).as("left as ana made it").isEqualTo(org.quotebench.core.QuoteStatus.SUGGESTED);
        assertThat(anas.verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(shown(bench)).isEqualTo(anas);
        assertThat(said).contains("Accepted 1 suggestion. 1 suggestion someone else changed meanwhile was left as they made it.");
        bench.undo();
        assertThat(stored(bench, other.id()).status()).isEqualTo(org.quotebench.core.QuoteStatus.SUGGESTED);
        assertThat(stored(bench, changedByAna.id()).verdict()).as("undo leaves ana's change alone").isEqualTo(Verdict.MISQUOTED);
    }

    @Test
    void undoDoesNotPutArticleDetailsOrASpeakerBackOverSomeoneElsesLaterChange(UndoBench bench) {
        List<String> said = new ArrayList<>();
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));
        org.quotebench.core.ArticleInfo before = bench.read(ws -> ws.articles().info(bench.article()).orElseThrow());
        org.quotebench.core.ArticleMetadata was = before.metadata();
        bench.annotating().articleDetails().edit(List.of(before), List.of(new org.quotebench.core.ArticleMetadata(
                Optional.of("Bridge vote, late"), was.outlet(), was.author(), was.url(), was.publishedOn(), was.language())), "Edit article details", after -> { });
        bench.runWorkspaceThread();
        bench.read(ws -> { // ana gives it an outlet
            org.quotebench.core.ArticleInfo now = ws.articles().info(bench.article()).orElseThrow();
            org.quotebench.core.ArticleMetadata m = now.metadata();
            return ws.articles().editMetadata(now, new org.quotebench.core.ArticleMetadata(m.title(), Optional.of("The Ledger"), m.author(),
                    m.url(), m.publishedOn(), m.language()));
        });
        bench.undo();
        org.quotebench.core.ArticleInfo stored = bench.read(ws -> ws.articles().info(bench.article()).orElseThrow());
        assertThat(stored.metadata().outlet()).as("ana's outlet stays").contains("The Ledger");
        assertThat(stored.metadata().title()).as("not undone").contains("Bridge vote, late");
        assertThat(said).anySatisfy(words -> assertThat(words).contains("changed its outlet"));
        assertThat(bench.annotating().history().canUndoProperty().get()).isTrue();

        // A speaker renamed in this window (the Speakers view records its step), then given a role by ana.
        org.quotebench.core.Speaker okafor = bench.speaker("R. Okafor");
        org.quotebench.ui.undo.UndoHistory.Step renamed = bench.read(ws -> org.quotebench.ui.speakers.SpeakerStepsAccess.edit(ws, okafor,
                new org.quotebench.core.SpeakerDraft("Rita Okafor", okafor.kind(), okafor.role(), okafor.affiliation(), okafor.description(),
                        okafor.wikidata(), okafor.aliases())));
        bench.annotating().speakersChanged(renamed);
        bench.runWorkspaceThread();
        bench.read(ws -> {
            org.quotebench.core.Speaker now = ws.speakers().get(okafor.id());
            return ws.speakers().update(now, new org.quotebench.core.SpeakerDraft(now.name(), now.kind(), Optional.of("Councillor"),
                    now.affiliation(), now.description(), now.wikidata(), now.aliases()));
        });
        bench.undo();
        org.quotebench.core.Speaker after = bench.read(ws -> ws.speakers().get(okafor.id()));
        assertThat(after.name()).as("not undone").isEqualTo("Rita Okafor");
        assertThat(after.role()).contains("Councillor");
        assertThat(said).anySatisfy(words -> assertThat(words).contains("changed its role"));
    }

    /** While the dialog asks, another step of this window lands: "make mine over it" does not undo that one instead. */
    @Test
    void undoOverOthersOnlyUndoesTheStepItAskedAbout(UndoBench bench) {
        Quote seen = shown(bench);
        bench.annotating().change(seen, "Change note", c -> c.withNote("Ours."));
        bench.runWorkspaceThread();
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);
        List<String> said = new ArrayList<>();
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));
        bench.annotating().setConflicts((conflict, yours, again) -> {
            bench.annotating().history().record(new org.quotebench.ui.undo.UndoHistory.Step("Something else", List.of(), List.of()));
            again.run();
        });
        bench.undo();
        assertThat(stored(bench, seen.id()).note()).as("not undone").contains("Ours.");
        assertThat(said).anySatisfy(words -> assertThat(words).contains("Something else was done meanwhile"));
        assertThat(bench.annotating().history().canUndoProperty().get()).isTrue();
    }

    @Test
    void undoDoesNotUndoOverSomeoneElsesLaterChange(UndoBench bench) {
        answering(bench, false);
        Quote seen = shown(bench);
        bench.annotating().change(seen, "Change note", c -> c.withNote("Ours."));
        bench.runWorkspaceThread();
        anotherPersonSetsTheVerdict(bench, seen.id(), Verdict.MISQUOTED);

        bench.undo();

        assertThat(asked).singleElement().satisfies(conflict -> assertThat(conflict).hasMessageContaining("ana changed its verdict"));
        Quote now = stored(bench, seen.id());
        assertThat(now.note()).as("not undone").contains("Ours.");
        assertThat(now.verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(bench.annotating().history().canUndoProperty().get()).as("the step stays to undo").isTrue();

        answering(bench, true); // undo over it, on the user's word
        bench.undo();
        assertThat(stored(bench, seen.id()).note()).isEmpty();
    }
}
