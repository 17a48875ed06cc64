package org.quotebench.ui.quotes;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Where the quotes table sits under the panes. Until the first article is open it holds a one-line
 * hint instead: the window then starts without building a table nobody can use yet (a table's
 * header, columns and rows are a good part of styling the first frame; issue 9).
 */
public final class QuotesDock extends StackPane {
    private final QuotesTable table;

    public QuotesDock(QuotesTable table) {
        this.table = table;
        getStyleClass().add("quotes-dock");
        Label hint = new Label("The quotes of the article you open are listed here.");
        hint.getStyleClass().add("pane-placeholder");
        getChildren().setAll(hint);
    }

    /** Shows the table from now on (once an article is open). */
    public void showTable() {
        if (!tableShown()) {
            getChildren().setAll(table);
        }
    }

    public boolean tableShown() {
        return getChildren().size() == 1 && getChildren().get(0) == table;
    }
}
