package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.EditConflict;

/**
 * Issue 25 for Article > Edit details (its edits, without a window): details someone else changed
 * after the window read them are not overwritten. The edit is refused, the user is asked, and "make my
 * change over it" makes only the fields the user changed, on the details as stored now, as one step to undo.
 */
@ExtendWith(UndoBenchPerTest.class)
class ArticleDetailsConflictsTest {
    private final List<EditConflict> asked = new ArrayList<>();
    private final List<String> said = new ArrayList<>();

    private void answering(UndoBench bench, boolean replace) {
        bench.annotating().setConflicts((conflict, yours, again) -> {
            asked.add(conflict);
            if (replace && asked.size() == 1) { // once: an edit that asked again and again would show as more than one ask
                again.run();
            }
        });
        bench.annotating().saidProperty().addListener((obs, was, words) -> said.add(words));
    }

    private static ArticleInfo stored(UndoBench bench) {
        return bench.read(ws -> ws.articles().info(bench.article()).orElseThrow());
    }

    /** Someone else, on a connection of their own, gives the article an outlet. */
    private static void anotherPersonSetsTheOutlet(UndoBench bench, String outlet) {
        bench.read(ws -> {
            ArticleInfo now = ws.articles().info(bench.article()).orElseThrow();
            ArticleMetadata m = now.metadata();
            return ws.articles().editMetadata(now, new ArticleMetadata(m.title(), Optional.of(outlet), m.author(), m.url(),
                    m.publishedOn(), m.language()));
        });
    }

    /** What the details dialog gives when the user typed an author and left the rest as shown. */
    private static ArticleMetadata withAuthor(ArticleMetadata shown, String author) {
        return new ArticleMetadata(shown.title(), shown.outlet(), Optional.of(author), shown.url(), shown.publishedOn(), shown.language());
    }

    @Test
    void detailsSomeoneChangedAreKeptWhenTheUserSaysSo(UndoBench bench) {
        answering(bench, false);
        ArticleInfo seen = stored(bench);
        anotherPersonSetsTheOutlet(bench, "The Ledger");

        bench.annotating().articleDetails().edit(List.of(seen), List.of(withAuthor(seen.metadata(), "Mara Voss")), "Edit article details",
                after -> { });
        bench.runWorkspaceThread();

        assertThat(asked).singleElement().satisfies(conflict -> {
            assertThat(conflict).hasMessageContaining("changed its outlet");
            assertThat(org.quotebench.ui.conflicts.ConflictFields.of(conflict)).as("the dialog shows the details as stored now")
                    .contains(new org.quotebench.ui.conflicts.ConflictFields.Row("Outlet", "The Ledger"),
                            new org.quotebench.ui.conflicts.ConflictFields.Row("Author", "(none)"));
        });
        assertThat(stored(bench).metadata().outlet()).as("theirs kept").contains("The Ledger");
        assertThat(stored(bench).metadata().author()).as("ours not stored").isEmpty();
        assertThat(said).anySatisfy(words -> assertThat(words).contains("Your change was not stored"));
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    @Test
    void detailsSomeoneElseAlreadyGaveAreNotAskedAbout(UndoBench bench) {
        answering(bench, true);
        ArticleInfo seen = stored(bench);
        anotherPersonSetsTheOutlet(bench, "The Ledger");
        ArticleMetadata m = stored(bench).metadata();
        bench.read(ws -> ws.articles().editMetadata(stored(bench), withAuthor(m, "Mara Voss")));
        ArticleMetadata theirs = stored(bench).metadata();

        bench.annotating().articleDetails().edit(List.of(seen), List.of(withAuthor(seen.metadata(), "Mara Voss")), "Edit article details",
                after -> { });
        bench.runWorkspaceThread();

        assertThat(asked).as("they typed the same author: nothing to decide").isEmpty();
        assertThat(stored(bench).metadata()).isEqualTo(theirs);
        assertThat(said).singleElement().asString().startsWith("Your change is already there: ").endsWith("changed its author.");
        assertThat(bench.annotating().history().canUndoProperty().get()).as("nothing of ours to undo").isFalse();
    }

    @Test
    void makingTheEditOverTheirsChangesOnlyTheFieldsTheUserChanged(UndoBench bench) {
        answering(bench, true);
        ArticleInfo seen = stored(bench);
        anotherPersonSetsTheOutlet(bench, "The Ledger");
        List<ArticleInfo> then = new ArrayList<>();

        bench.annotating().articleDetails().edit(List.of(seen), List.of(withAuthor(seen.metadata(), "Mara Voss")), "Edit article details",
                then::addAll);
        bench.runWorkspaceThread();

        assertThat(asked).hasSize(1);
        ArticleMetadata now = stored(bench).metadata();
        assertThat(now.author()).contains("Mara Voss");
        assertThat(now.outlet()).as("their outlet stays: only the author was ours").contains("The Ledger");
        assertThat(now.title()).isEqualTo(seen.metadata().title());
        assertThat(then).singleElement().satisfies(a -> assertThat(a.metadata()).isEqualTo(now));

        bench.undo();
        assertThat(stored(bench).metadata().author()).as("undo takes back our author").isEmpty();
        assertThat(stored(bench).metadata().outlet()).as("and leaves their outlet").contains("The Ledger");
    }
}
