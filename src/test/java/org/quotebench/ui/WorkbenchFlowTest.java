package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.Verdict;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: samples, two panes, Q, S, a verdict, undo and redo, and the file. */
class WorkbenchFlowTest extends WindowTest {


    @Test
    void markLinkJudgeUndoRedoAndTheFileHoldsWhatTheWindowShows() throws Exception {
        Path file = dir.resolve("flow.qb");
        Stage stage = start("--workspace=" + file);
        assertThat(stage.getTitle()).isEqualTo("Quotebench");
        FxThreadWatch watch = FxThreadWatch.start();

        ListView<ArticleInfo> library = trySamples();

        // Open one article, then another in a pane of its own.
        int courier = indexOf(library, "Council approves");
        robot.interact(() -> library.getSelectionModel().select(courier));
        robot.interact(library::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> areas().size() == 1 && areas().get(0).getText().contains("PORT ALDER"));
        int gazette = indexOf(library, "Okafor promises");
        robot.interact(() -> library.getSelectionModel().select(gazette));
        robot.interact(library::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> areas().size() == 2 && areas().get(1).getText().contains("Port Alder’s mayor"));

        // Mark a quote in the second pane with Q.
        StyleClassedTextArea area = areas().get(1);
        String text = area.getText();
        String quoted = "“The bridge will be open by May,”";
        int start = text.indexOf(quoted);
        clickInto(area);
        robot.interact(() -> area.selectRange(start - 1, start + quoted.length() + 1)); // with spaces around: trimmed
        waitUntil(() -> area.getSelectedText().equals(text.substring(start - 1, start + quoted.length() + 1)));
        robot.type(KeyCode.Q);
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).exact()).isEqualTo(quoted);
        waitUntil(() -> library.getItems().get(gazette).quoteCount() == 1); // the library's count follows
        waitUntil(() -> robot.lookup("#speaker-field").query().isFocusWithin());

        // Select the speaker's name in the text and press S.
        String name = "Renée Okafor";
        int nameAt = text.indexOf(name);
        clickInto(area);
        robot.interact(() -> area.selectRange(nameAt, nameAt + name.length()));
        waitUntil(() -> area.getSelectedText().equals(name));
        robot.type(KeyCode.S);
        waitUntil(() -> table.getItems().get(0).speaker().isPresent());
        assertThat(table.getItems().get(0).speaker().get().name()).isEqualTo(name);
        assertThat(table.getItems().get(0).mention()).isPresent();

        // A verdict from the inspector, then undo and redo it.
        ComboBox<Verdict> verdict = robot.lookup("#verdict-field").queryComboBox();
        robot.interact(() -> verdict.setValue(Verdict.ACCURATE));
        waitUntil(() -> table.getItems().get(0).verdict() == Verdict.ACCURATE);
        robot.clickOn(area).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table.getItems().get(0).verdict() == Verdict.UNCHECKED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().get(0).verdict() == Verdict.ACCURATE);

        // A note is kept even when the window closes right after typing it.
        robot.clickOn(".inspector .text-area").write("Check the council tape.");
        Workbench workbench = (Workbench) stage.getScene().getRoot();
        robot.interact(() -> workbench.inspector().flush());
        waitUntil(() -> table.getItems().get(0).note().isPresent());
        assertThat(table.getItems().get(0).note()).contains("Check the council tape.");

        // The file holds exactly what the window shows (read through a second connection).
        WaitForAsyncUtils.waitForFxEvents();
        List<Quote> shown = List.copyOf(table.getItems());
        assertThat(shown).singleElement().satisfies(q -> {
            assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo(name));
            assertThat(q.verdict()).isEqualTo(Verdict.ACCURATE);
        });
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.quotes().list(QuoteFilter.all())).isEqualTo(shown);
        }
        assertThat(watch.stop()).as("longest wait of the FX thread, ms").isLessThan(1_000);
    }


    private static int indexOf(ListView<ArticleInfo> library, String title) {
        for (int i = 0; i < library.getItems().size(); i++) {
            if (library.getItems().get(i).metadata().title().orElse("").startsWith(title)) {
                return i;
            }
        }
        throw new AssertionError("no article titled " + title);
    }


    /** Measures how long the FX thread takes to answer, all through the flow: a blocked thread shows here. */
    private static final class FxThreadWatch {
        private final AtomicLong longest = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::watch, "fx-thread-watch");

        static FxThreadWatch start() {
            FxThreadWatch watch = new FxThreadWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        private void watch() {
            while (running) {
                long sent = System.nanoTime();
                java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(answered::countDown);
                try {
                    answered.await(5, TimeUnit.SECONDS);
                    longest.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() {
            running = false;
            return longest.get();
        }
    }

    /**
     * Clicks into the text as a user would, and waits until the click has been handled (focus on
     * press, caret on release): a click handled after the selection below would collapse it.
     */
    private void clickInto(StyleClassedTextArea area) throws Exception {
        robot.clickOn(area);
        waitUntil(area::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
