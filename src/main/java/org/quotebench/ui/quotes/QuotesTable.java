package org.quotebench.ui.quotes;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;

/** The quotes of the focused article, sortable; selecting a row selects the quote in its pane. */
public final class QuotesTable extends TableView<Quote> {
    /** Positions are shown in code points, as everywhere outside the window; null until an article is shown. */
    private CodePointIndex positions;

    public QuotesTable() {
        setId("quotes-table");
        getStyleClass().add("quotes-table");
        setPlaceholder(new Label("No quotes in this article yet: select text and press Q."));
        TableColumn<Quote, Integer> position = new TableColumn<>("At");
        position.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(positionOf(row.getValue())));
        TableColumn<Quote, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().speaker().map(Speaker::name).orElse("—")));
        TableColumn<Quote, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().kind().code()));
        TableColumn<Quote, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().status().code()));
        TableColumn<Quote, String> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().verdict().code()));
        TableColumn<Quote, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().exact().replaceAll("\\s+", " ")));
        position.setMinWidth(60);
        speaker.setMinWidth(140);
        kind.setMinWidth(80);
        status.setMinWidth(95);
        verdict.setMinWidth(115);
        text.setMinWidth(200);
        getColumns().add(position);
        getColumns().add(speaker);
        getColumns().add(kind);
        getColumns().add(status);
        getColumns().add(verdict);
        getColumns().add(text);
        // No sort order at first: the pane's list is already in text order, and sorting 10,000 rows
        // through the cell value factories costs more than showing them.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** The text the rows' quotes belong to, so that their positions read as code points (null: none). */
    public void positionsIn(String articleText) {
        positions = articleText == null ? null : new CodePointIndex(articleText);
        refresh();
    }

    private int positionOf(Quote quote) {
        int start = quote.span().start();
        return positions != null && start <= positions.length() ? positions.toCodePoint(start) : start;
    }
}
