package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.importer.web.NewsServer;
import org.quotebench.ui.actions.ActionId;

/**
 * Issue 23 in the real window, against a local news server: File > Import from a web address…
 * refuses a line that is not an address and imports the pages; Ctrl+V on the library imports an
 * address; Article > Check for changes does not fetch a stored address on this machine (it may have
 * come from someone else's file) and says so; given by the user, the changed page is stored as a new
 * version and the library marks the old one changed.
 */
class WebImportInWindowTest extends WindowTest {
    private NewsServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new NewsServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void addressesImportFromTheDialogAndThePasteAndChangesBecomeVersions() throws Exception {
        Path file = dir.resolve("web.qb");
        start("--workspace=" + file);
        ListView<ArticleInfo> library = robot.lookup("#library-list").queryListView();

        Platform.runLater(() -> commands().actions().get(ActionId.IMPORT_ADDRESS).fire());
        waitUntil(() -> robot.lookup("#web-addresses").tryQuery().isPresent());
        TextArea field = robot.lookup("#web-addresses").query();
        robot.interact(() -> field.setText("not an address\n" + server.url("/news/council-backs-bridge")));
        robot.clickOn("Import");
        Label problem = robot.lookup("#web-addresses-problem").query();
        waitUntil(() -> problem.getText().startsWith("Line 1 is not a web address"));
        robot.interact(() -> field.setText(server.url("/news/council-backs-bridge") + "\n" + server.url("/changing")));
        robot.clickOn("Import");
        // the fetching runs beside the window's work: its dialog does not hold the window
        waitUntil(() -> robot.lookup("#import-message").tryQuery().isPresent());
        javafx.stage.Stage job = (javafx.stage.Stage) robot.lookup("#import-message").query().getScene().getWindow();
        assertThat(job.getModality()).isEqualTo(javafx.stage.Modality.NONE);
        waitUntil(() -> library.getItems().size() == 2);
        assertThat(library.getItems()).extracting(a -> a.metadata().outlet().orElse("")).contains("The Harbour Courier",
                "Saltmere Weekly");
        closeJobSummary();

        // Ctrl+V on the library with an address on the clipboard
        pasteOnLibrary(library, server.url("/news/title-only"));
        waitUntil(() -> library.getItems().size() == 3);
        closeJobSummary();

        // Check for changes on the page that changed: a new version, and the old one is marked
        ArticleInfo changing = library.getItems().stream().filter(a -> a.metadata().url().orElse("").endsWith("/changing"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            library.getSelectionModel().clearSelection();
            library.getSelectionModel().select(changing);
            library.requestFocus();
        });
        Platform.runLater(() -> commands().actions().get(ActionId.CHECK_CHANGES).fire());
        // the news server is on this machine, and a stored address may have come from someone else's file:
        // not fetched, the summary says why and how to fetch it anyway
        waitUntil(() -> robot.lookup(".text-area").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((javafx.scene.control.TextArea) n).getText().contains("is a local or private address (127.0.0.1)")));
        javafx.scene.control.TextArea details = robot.lookup(".text-area").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> (javafx.scene.control.TextArea) n).filter(t -> t.getText().contains("local or private")).findFirst().orElseThrow();
        assertThat(details.getText()).contains("give the address yourself: File › Import from a web address");
        assertThat(library.getItems()).hasSize(3);
        assertThat(server.hits("/changing")).as("not asked for again").isEqualTo(1);
        closeJobSummary();

        // given by the user, the same address is fetched again: a new version, and the old one is marked
        pasteOnLibrary(library, server.url("/changing"));
        waitUntil(() -> library.getItems().size() == 4);
        waitUntil(() -> robot.lookup(".library-changed").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().equals("changed")));
    }

    /** Ctrl+V on the library with an address on the clipboard. */
    private void pasteOnLibrary(ListView<ArticleInfo> library, String address) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(address);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(library);
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
    }

    /** Closes the import's summary once the job is done. */
    private void closeJobSummary() throws Exception {
        waitUntil(() -> robot.lookup("Close").tryQuery().isPresent());
        robot.clickOn("Close");
    }
}
