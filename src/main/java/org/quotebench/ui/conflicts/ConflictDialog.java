package org.quotebench.ui.conflicts;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.quotebench.core.EditConflict;

/**
 * Asks, when someone else changed a quote, speaker, event or article's details this window was changing
 * (issue 25), whether to keep their change (the default: Escape or Enter) or to make one's own over it.
 * The dialog names who changed what and shows the values stored now; the window already shows them too.
 */
public final class ConflictDialog implements EditConflicts {
    static final ButtonType KEEP = new ButtonType("Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType REPLACE = new ButtonType("Make my change over it", ButtonBar.ButtonData.OTHER);

    private final Supplier<Window> owner;

    public ConflictDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void decide(EditConflict conflict, String yourChange, Runnable replace) {
        if (build(conflict, yourChange).showAndWait().filter(REPLACE::equals).isPresent()) {
            replace.run();
        }
    }

    /** The dialog, not shown yet (tests look at it). */
    Dialog<ButtonType> build(EditConflict conflict, String yourChange) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Changed meanwhile");
        dialog.setHeaderText(conflict.getMessage());
        VBox content = new VBox(8);
        List<ConflictFields.Row> rows = ConflictFields.of(conflict);
        if (!rows.isEmpty()) {
            Label stored = new Label("Stored now:");
            GridPane values = new GridPane();
            values.setHgap(12);
            values.setVgap(4);
            values.setId("conflict-values");
            int row = 0;
            for (ConflictFields.Row field : rows) {
                Label value = new Label(field.now());
                value.setWrapText(true);
                value.setMaxWidth(420);
                values.addRow(row++, new Label(field.field()), value);
            }
            content.getChildren().addAll(stored, values);
        }
        Label ask = new Label("Keep their change, or make yours (" + yourChange + ") over it?");
        ask.setWrapText(true);
        ask.setMaxWidth(520);
        content.getChildren().add(ask);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(REPLACE, KEEP);
        dialog.getDialogPane().setId("conflict-dialog");
        // Enter as well as Escape keeps theirs: replacing someone's work takes a deliberate click or Tab.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        return dialog;
    }
}
