package org.quotebench.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Escape closes a secondary window (Speakers, Events, Compare, agreement, the shortcuts sheet), as
 * dialogs do, wherever the focus is, unless Escape has a job where it is: closing an open drop-down,
 * or cancelling the edit of a table cell.
 */
public final class EscapeCloses {
    private EscapeCloses() {
    }

    public static void install(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && stage.getScene() != null && !escapeIsBusy(stage.getScene().getFocusOwner())) {
                stage.close();
                event.consume();
            }
        });
    }

    private static boolean escapeIsBusy(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?> combo && combo.isShowing()) {
                return true;
            }
            if (node instanceof TableView<?> table && table.getEditingCell() != null) {
                return true;
            }
        }
        return false;
    }
}
