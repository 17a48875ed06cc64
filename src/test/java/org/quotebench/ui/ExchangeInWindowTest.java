package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.quotebench.export.BratImportTest;
import org.quotebench.export.ExportFormat;
import org.quotebench.store.Workspace;
import org.quotebench.ui.exchange.JobSummary;
import org.quotebench.ui.welcome.SampleArticles;

/** File > Import annotations and File > Export in the real window: the jobs run in the background and report. */
class ExchangeInWindowTest extends WindowTest {
    @Test
    @SuppressWarnings("unchecked")
    void importAnnotationsThenExportFromTheWindow() throws Exception {
        Path file = dir.resolve("exchange.qb");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.articles().importAll(SampleArticles.read());
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 3);
        List<String> fileMenu = commands().menuBar().getMenus().get(0).getItems().stream().map(MenuItem::getText).toList();
        assertThat(fileMenu).contains("Import annotations…", "Export…");

        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("demir.txt"), BratImportTest.TEXT);
        Files.writeString(corpus.resolve("demir.ann"), BratImportTest.ANN);
        Task<JobSummary>[] imported = new Task[1];
        robot.interact(() -> imported[0] = commands().exchange().importFrom("brat", corpus));
        waitUntil(() -> imported[0].isDone());
        assertThat(imported[0].get().headline()).isEqualTo("Imported 2 quotes with 1 new article; 0 files refused.");
        waitUntil(() -> workbench.session().articles().size() == 4); // the library follows
        waitUntil(() -> robot.lookup("#import-message").tryQuery().isPresent());

        Path out = dir.resolve("all.jsonl");
        Task<JobSummary>[] exported = new Task[1];
        robot.interact(() -> exported[0] = commands().exchange().exportTo(ExportFormat.JSONL, out, List.of()));
        waitUntil(() -> exported[0].isDone());
        assertThat(exported[0].get().headline()).isEqualTo("Exported 4 articles and 2 quotes as jsonl.");
        assertThat(Files.readAllLines(out)).hasSize(4);

        // An export onto the open workspace is refused by the job, whatever the save dialog allowed.
        Task<JobSummary>[] ontoItself = new Task[1];
        robot.interact(() -> ontoItself[0] = commands().exchange().exportTo(ExportFormat.CSV, file, List.of()));
        waitUntil(() -> ontoItself[0].isDone());
        assertThatThrownBy(() -> ontoItself[0].get()).hasMessageContaining("this is the workspace itself");
        waitUntil(() -> robot.lookup("#import-message").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Export failed: " + file + ": this is the workspace itself")));
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.articles().count()).isEqualTo(4);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDoccanoProjectInGraphemeModeImportsFromTheWindow() throws Exception {
        Path file = dir.resolve("graphemes.qb");
        Workbench workbench = workbench(start("--workspace=" + file));
        String text = "\uD83D\uDC69\u200D\uD83D\uDC67 Rene\u0301e said: \u00abWe sail at dawn\u00bb";
        Path doccano = Files.writeString(dir.resolve("doccano.jsonl"), "{\"text\":\"" + text + "\",\"entities\":[{\"id\":1,"
                + "\"label\":\"QUOTE\",\"start_offset\":14,\"end_offset\":31}],\"relations\":[]}\n");
        Task<JobSummary>[] imported = new Task[1];
        robot.interact(() -> imported[0] = commands().exchange().importFrom("doccano", doccano,
                org.quotebench.export.DoccanoOffsets.GRAPHEMES));
        waitUntil(() -> imported[0].isDone());
        assertThat(imported[0].get().headline()).isEqualTo("Imported 1 quote with 1 new article; 0 files refused.");
        waitUntil(() -> "1 article".equals(robot.lookup("#article-count").queryAs(javafx.scene.control.Label.class).getText()));
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.quotes().list(org.quotebench.store.QuoteFilter.all()).get(0).exact()).isEqualTo("\u00abWe sail at dawn\u00bb");
        }
    }
}
