package org.quotebench.ui.actions;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Fires actions from the keyboard. Plain-letter shortcuts (Q, S, C, N, P…) work only while the
 * focus is not in a text field, so typing a name never marks a quote.
 */
public final class ActionKeys {
    private ActionKeys() {
    }

    public static void install(Scene scene, java.util.Collection<Action> actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean typing = isTyping(scene.getFocusOwner());
            for (Action action : actions) {
                boolean inText = scene.getFocusOwner() instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>;
                if (action.key().isPresent() && action.key().get().match(event) && !(typing && action.isPlainKey())
                        && (inText || !action.textOnly())) {
                    action.fire();
                    event.consume();
                    return;
                }
            }
        });
    }

    private static boolean isTyping(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl input && input.isEditable()) {
                return true;
            }
            if (node instanceof ComboBoxBase<?> combo && combo.isEditable()) {
                return true;
            }
        }
        return false;
    }
}
