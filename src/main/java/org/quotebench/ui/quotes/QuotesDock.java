package org.quotebench.ui.quotes;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Where the quotes table sits under the panes. Until the first article is open it shows a one-line
 * hint instead, and the window's first frame does not build the table (a table's header, columns and
 * rows are a good part of styling it; issue 9); {@link #prepare()} builds it hidden once the window is idle.
 */
public final class QuotesDock extends StackPane {
    private final QuotesTable table;
    private final Label hint = new Label("The quotes of the article you open are listed here.");

    public QuotesDock(QuotesTable table) {
        this.table = table;
        getStyleClass().add("quotes-dock");
        hint.getStyleClass().add("pane-placeholder");
        getChildren().setAll(hint);
    }

    /** Puts the table behind the hint, hidden, so that it is styled before the first article needs it. */
    public void prepare() {
        if (table.getParent() == null) {
            table.setVisible(false);
            getChildren().add(0, table);
        }
    }

    /** Shows the table from now on (once an article is open). */
    public void showTable() {
        if (!tableShown()) {
            table.setVisible(true);
            getChildren().setAll(table);
        }
    }

    private boolean tableShown() {
        return getChildren().size() == 1 && getChildren().get(0) == table;
    }
}
