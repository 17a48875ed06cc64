package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.quotebench.ui.actions.Action;

/** Issue 20.3 in the real window: the letters and Tab are the article text's; typing a name in a drop-down only types it. */
class KeysInWindowTest extends WindowTest {
    @Test
    void everyLetterAndTabShortcutActsInTheArticleTextOnly() throws Exception {
        Path file = dir.resolve("keys.qb");
        Workbench workbench = workbench(start("--workspace=" + file));
        List<Action> actions = List.copyOf(commands().actions().all());
        List<String> letters = actions.stream().filter(a -> a.key().isPresent() && a.isPlainKey()
                && (a.key().get().getName().matches("(Shift\\+)?[A-Z]") || a.key().get().getName().equals("Tab"))).map(Action::name).toList();
        assertThat(letters).contains("Mark quote", "Mark speaker", "Mark cue", "Accept suggestion", "Reject suggestion",
                "Accept all suggestions here", "Next suggestion", "Next quote", "Previous quote");
        assertThat(actions.stream().filter(a -> letters.contains(a.name()) && !a.textOnly()).map(Action::name)).isEmpty();

        // The library's search box and the inspector's fields take the letters as text.
        robot.clickOn(".text-field");
        robot.type(KeyCode.N, KeyCode.P, KeyCode.Q);
        waitUntil(() -> workbench.lookupAll(".text-field").stream().anyMatch(n -> n instanceof javafx.scene.control.TextField t
                && t.getText().equals("npq")));
    }
}
