package org.quotebench.ui.welcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What an empty workspace shows instead of a blank window: the three ways to get started. */
public final class WelcomePanel extends VBox {
    public WelcomePanel(Runnable importFiles, Runnable openWorkspace, Runnable trySamples) {
        getStyleClass().add("welcome");
        setId("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        Label title = new Label("Welcome to Quotebench");
        title.getStyleClass().add("welcome-title");
        Label text = new Label("Trace who said what: import news articles, mark their quotes,\n"
                + "and link each quote to its speaker and the events it is about.");
        text.getStyleClass().add("welcome-text");
        text.setWrapText(true);
        Button samples = new Button("Try the sample articles");
        samples.setId("try-samples");
        samples.setDefaultButton(true);
        samples.setOnAction(e -> trySamples.run());
        Button importButton = new Button("Import articles…  (Ctrl+O)");
        importButton.setOnAction(e -> importFiles.run());
        Button open = new Button("Open a workspace…");
        open.setOnAction(e -> openWorkspace.run());
        for (Button button : new Button[] {samples, importButton, open}) {
            button.setPrefWidth(280);
        }
        getChildren().addAll(title, text, samples, importButton, open);
    }
}
