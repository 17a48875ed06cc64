package org.quotebench.ui;

import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The Quotebench main window. The workbench (library, article panes, inspector) is its own piece of work. */
public final class QuotebenchWindow extends Application {
    public static final String TITLE = "Quotebench";

    @Override
    public void start(Stage stage) {
        String workspace = getParameters().getNamed().getOrDefault("workspace", "");
        Label heading = new Label(TITLE);
        heading.setId("heading");
        heading.getStyleClass().add("heading");
        Label file = new Label(workspace.isEmpty() ? "" : "Workspace: " + workspace);
        file.setId("workspace-file");
        VBox root = new VBox(12, heading, file, new Label("The workbench is on its way: use the command line for now "
                + "(java -jar quotebench.jar --help)."));
        root.setAlignment(Pos.CENTER);
        stage.setTitle(TITLE);
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(QuotebenchWindow.class.getResource("quotebench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
