package org.quotebench.ui.quotes;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;

/** The quotes of the focused article, sortable; selecting a row selects the quote in its pane. */
public final class QuotesTable extends TableView<Quote> {
    public QuotesTable() {
        setId("quotes-table");
        getStyleClass().add("quotes-table");
        setPlaceholder(new Label("No quotes in this article yet: select text and press Q."));
        TableColumn<Quote, Integer> position = new TableColumn<>("At");
        position.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().span().start()));
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
        getSortOrder().add(position);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
