package org.quotebench.ui.quotes;

import org.quotebench.ui.jobs.Jobs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
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
    /** As many panes as the window has. */
    private static final int KEPT_INDICES = 4;
    /** Positions are shown in code points, as everywhere outside the window: the text the rows belong to (null: none)… */
    private String positionsText;
    /** …and its index, once built off the FX thread (null meanwhile: the few rows on screen count directly). */
    private CodePointIndex positions;
    /** The indices of the last texts shown, by identity: going back to another pane's article reuses its index. */
    private final Map<String, CodePointIndex> indices = new IdentityHashMap<>();
    private final Deque<String> indexed = new ArrayDeque<>();

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
        text.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().words().replaceAll("\\s+", " ")));
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

    /**
     * The text the rows' quotes belong to, so that their positions read as code points (null: none).
     * Indexing a long text takes a while: it is done off the FX thread, once per text.
     */
    public void positionsIn(String articleText) {
        if (articleText == positionsText) {
            return; // the same text (by identity): its index is there or on its way
        }
        positionsText = articleText;
        positions = articleText == null ? null : indices.get(articleText);
        if (articleText != null && positions == null) {
            Jobs.compute(() -> new CodePointIndex(articleText)).thenAccept(index -> Jobs.onFx(() -> {
                remember(articleText, index);
                if (positionsText == articleText) {
                    positions = index;
                    refresh();
                }
            }));
        }
        refresh();
    }

    private void remember(String text, CodePointIndex index) {
        if (indices.put(text, index) == null) {
            indexed.addLast(text);
        }
        while (indexed.size() > KEPT_INDICES) {
            indices.remove(indexed.removeFirst());
        }
    }

    private int positionOf(Quote quote) {
        int start = quote.span().start();
        String text = positionsText;
        if (text == null || start > text.length()) {
            return start;
        }
        return positions != null ? positions.toCodePoint(start) : text.codePointCount(0, start);
    }
}
