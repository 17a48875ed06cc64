package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a folder from the window: progress, then a summary that names what was refused and why. */
class ImportInWindowTest extends WindowTest {


    @Test
    void aFolderImportEndsWithASummaryAndFillsTheLibrary() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("one.txt"), "Tram line opens\n\nThe first tram left at dawn, the operator said.");
        Files.writeString(folder.resolve("two.html"), "<html><head><title>Night market</title></head><body><p>Stalls"
                + " stayed open late, traders said.</p></body></html>");
        Files.write(folder.resolve("broken.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 2});
        Workbench workbench = workbench(start("--workspace=" + dir.resolve("import.qb")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.session().isOpen());

        robot.interact(() -> commands().importPaths(List.of(folder)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Imported")).orElse(false));
        Label message = robot.lookup("#import-message").query();
        assertThat(message.getText()).isEqualTo("Imported 2 articles, 0 skipped as duplicates, 1 refused.");
        TextArea details = robot.lookup(".text-area").queryAll().stream().filter(n -> n instanceof TextArea)
                .map(n -> (TextArea) n).filter(t -> t.getText().contains("Refused")).findFirst().orElseThrow();
        assertThat(details.getText()).contains("broken.txt: binary file (looks like a PDF), not text");
        ListView<ArticleInfo> library = robot.lookup("#library-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.getItems().size() == 2);
    }
}
