package org.quotebench.ui.agreement;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks which two of an article's annotators to compare. */
public final class AnnotatorChoice {
    private AnnotatorChoice() {
    }

    public static Optional<List<String>> ask(Window owner, List<String> annotators) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.setTitle("Compare annotators");
        dialog.setHeaderText("Show two annotators' quotes of this article side by side, with their disagreements");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ComboBox<String> first = new ComboBox<>();
        ComboBox<String> second = new ComboBox<>();
        first.getItems().setAll(annotators);
        second.getItems().setAll(annotators);
        first.getSelectionModel().select(0);
        second.getSelectionModel().select(1);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Annotator A:"), first);
        grid.addRow(1, new Label("Annotator B:"), second);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(first.valueProperty().isEqualTo(second.valueProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? List.of(first.getValue(), second.getValue()) : null);
        return dialog.showAndWait();
    }
}
