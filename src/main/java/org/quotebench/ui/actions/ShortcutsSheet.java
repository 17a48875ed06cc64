package org.quotebench.ui.actions;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The shortcuts sheet (F1), generated from the actions so that it never disagrees with the menus. */
public final class ShortcutsSheet {
    private ShortcutsSheet() {
    }

    public static void show(Window owner, java.util.Collection<Action> actions) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        grid.getStyleClass().add("shortcuts-sheet");
        int row = 0;
        for (Action action : actions) {
            if (action.key().isEmpty()) {
                continue;
            }
            Label key = new Label(action.keyText());
            key.getStyleClass().add("shortcut-key");
            grid.add(key, 0, row);
            grid.add(new Label(action.name()), 1, row);
            row++;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Keyboard shortcuts");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        javafx.scene.Scene scene = new javafx.scene.Scene(scroll, 460, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        org.quotebench.ui.EscapeCloses.install(stage);
        stage.show();
    }
}
