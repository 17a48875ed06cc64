package org.quotebench.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.ui.UndoBench;
import org.quotebench.ui.UndoBenchPerTest;

/**
 * Issue 23: an article's details edited in the window are stored at once as one step; undo puts
 * back the old details, redo the new; the library's entry follows each time.
 */
@ExtendWith(UndoBenchPerTest.class)
class UndoArticleDetailsTest {
    @Test
    void editingDetailsIsOneStepThatUndoAndRedoReplay(UndoBench bench) {
        ArticleInfo before = bench.<ArticleInfo>read(ws -> ws.articles().info(bench.article()).orElseThrow());
        ArticleMetadata fixed = new ArticleMetadata(Optional.of("Council backs harbour bridge"), Optional.of("The Harbour Courier"),
                Optional.of("Ana Pereira"), Optional.of("https://courier.example/bridge"), Optional.of("2026-03-02"),
                Optional.of("en"));
        List<List<ArticleInfo>> told = new ArrayList<>();

        bench.annotating().articleDetails().edit(List.of(before), List.of(fixed), "Edit article details", told::add);
        bench.runWorkspaceThread();

        assertThat(told).singleElement().satisfies(after -> assertThat(after.get(0).metadata()).isEqualTo(fixed));
        assertThat(metadata(bench)).isEqualTo(fixed);
        assertThat(library(bench)).isEqualTo(fixed);
        String text = bench.read(ws -> ws.articles().get(bench.article()).text());
        assertThat(text).isEqualTo(UndoBench.TEXT);

        bench.undo();
        assertThat(bench.annotating().saidProperty().get()).isEqualTo("Undone: Edit article details");
        assertThat(metadata(bench)).isEqualTo(before.metadata());
        assertThat(library(bench)).isEqualTo(before.metadata());

        bench.redo();
        assertThat(metadata(bench)).isEqualTo(fixed);
        assertThat(library(bench)).isEqualTo(fixed);
    }

    @Test
    void aPaneTakesNewDetailsOfItsOwnArticleOnly(UndoBench bench) {
        ArticleInfo shown = bench.pane().detailsProperty().get();
        ArticleInfo renamed = new ArticleInfo(shown.id(), shown.uuid(), shown.metadata().withTitle("Renamed"), shown.encoding(),
                shown.sourceName(), shown.length(), shown.textSha256(), shown.importedAt(), shown.quoteCount());
        ArticleInfo other = new ArticleInfo(shown.id() + 1, "x", shown.metadata().withTitle("Another"), shown.encoding(),
                shown.sourceName(), shown.length(), shown.textSha256(), shown.importedAt(), shown.quoteCount());
        bench.pane().refreshDetails(other);
        assertThat(bench.pane().detailsProperty().get()).isEqualTo(shown);
        bench.pane().refreshDetails(renamed);
        assertThat(bench.pane().detailsProperty().get().metadata().title()).contains("Renamed");
    }

    private static ArticleMetadata metadata(UndoBench bench) {
        ArticleInfo info = bench.read(ws -> ws.articles().info(bench.article()).orElseThrow());
        return info.metadata();
    }

    private static ArticleMetadata library(UndoBench bench) {
        return bench.session().articles().stream().filter(a -> a.id() == bench.article()).findFirst().orElseThrow().metadata();
    }
}
