package org.quotebench.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 20.3: the letters and Tab act in the article text only; typed in a drop-down they never act on quotes. */
class ActionKeysTest {
    @Test
    void lettersActInTheArticleTextOnly() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger acceptedAll = new AtomicInteger();
        AtomicInteger undone = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<String> verdict = new ComboBox<>();
            verdict.getItems().setAll("accurate", "misquoted");
            ComboBox<String> speaker = new ComboBox<>();
            speaker.setEditable(true);
            StyleClassedTextArea text = new StyleClassedTextArea();
            text.replaceText("“We will,” she said.");
            Scene scene = new Scene(new VBox(verdict, speaker, text));
            ActionKeys.install(scene, List.of(Action.of(ActionId.ACCEPT_ALL, acceptAll(acceptedAll)),
                    Action.of(ActionId.UNDO, undone::incrementAndGet)));
            stage.setScene(scene);
            stage.show();

            press(verdict, KeyCode.A, true);
            press(speaker, KeyCode.A, true);
            assertThat(acceptedAll).as("typed in a drop-down").hasValue(0);
            press(text, KeyCode.A, true);
            assertThat(acceptedAll).as("in the article text").hasValue(1);
            press(verdict, KeyCode.Z, false, true);
            assertThat(undone).as("a Ctrl shortcut works anywhere").hasValue(1);
        }).get();
    }

    private static Runnable acceptAll(AtomicInteger count) {
        return count::incrementAndGet;
    }

    private static void press(Node target, KeyCode code, boolean shift) {
        press(target, code, shift, false);
    }

    private static void press(Node target, KeyCode code, boolean shift, boolean shortcut) {
        target.requestFocus();
        assertThat(target.getScene().getFocusOwner()).isSameAs(target);
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, false, false));
    }
}
