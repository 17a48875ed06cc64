package org.quotebench.ui.article;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.quotebench.core.Span;
import org.quotebench.ui.text.TextFinder;

/** Find in pane (Ctrl+F): match count, next and previous (Enter, Shift+Enter), Escape closes. */
final class FindBar extends HBox {
    private final TextField query = new TextField();
    private final Label count = new Label();
    private final Supplier<String> text;
    private final Consumer<Span> show;
    private List<Span> matches = List.of();
    private int current = -1;

    FindBar(Supplier<String> text, Consumer<Span> show) {
        this.text = text;
        this.show = show;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        query.setPromptText("Find in this article");
        query.setId("find-field");
        HBox.setHgrow(query, Priority.ALWAYS);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button previous = new Button("↑");
        previous.setOnAction(e -> step(-1));
        Button next = new Button("↓");
        next.setOnAction(e -> step(1));
        Button close = new Button("✕");
        close.setOnAction(e -> hide());
        getChildren().addAll(query, count, previous, next, close);
        query.textProperty().addListener((obs, old, typed) -> search(typed));
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                step(event.isShiftDown() ? -1 : 1);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
        hide();
    }

    void open() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
        search(query.getText());
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    private void search(String typed) {
        matches = TextFinder.find(text.get(), typed == null ? "" : typed);
        current = matches.isEmpty() ? -1 : 0;
        update();
    }

    private void step(int direction) {
        if (!matches.isEmpty()) {
            current = Math.floorMod(current + direction, matches.size());
            update();
        }
    }

    private void update() {
        if (query.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No matches");
        } else {
            count.setText((current + 1) + " of " + matches.size());
            show.accept(matches.get(current));
        }
    }
}
