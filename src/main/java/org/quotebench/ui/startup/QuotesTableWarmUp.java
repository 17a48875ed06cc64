package org.quotebench.ui.startup;

import org.quotebench.ui.quotes.QuotesTable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import org.quotebench.core.Quote;
import org.quotebench.ui.startup.FxSteps;

/**
 * Steps that show made-up quotes in a quotes table of their own, in a scene that is never shown, and
 * scroll through them: with the article warm-up, the first long article's rows are not laid out by
 * interpreted code. Each step is short; run them one per turn of the FX thread.
 */
public final class QuotesTableWarmUp {
    private static final int ROUNDS = 3;

    private QuotesTableWarmUp() {
    }

    /** The steps for {@code quotes} of {@code text} (an article's, its positions are indexed as the window does). */
    public static List<Supplier<CompletableFuture<?>>> steps(List<String> stylesheets, String text, List<Quote> quotes) {
        QuotesTable table = new QuotesTable();
        Scene scene = new Scene(table, 900, 200);
        scene.getStylesheets().setAll(stylesheets);
        List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>();
        // As the window shows them: a sorted view of the pane's list (see Workbench.showFocused).
        ObservableList<Quote> source = FXCollections.observableArrayList();
        SortedList<Quote> rows = new SortedList<>(source);
        rows.comparatorProperty().bind(table.comparatorProperty());
        for (int round = 0; round < ROUNDS; round++) {
            int row = quotes.size() / 2 + round * 11;
            steps.add(() -> {
                source.setAll(quotes);
                table.setItems(rows);
                table.positionsIn(text);
                return FxSteps.layOut(table);
            });
            steps.add(() -> {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return FxSteps.layOut(table);
            });
            steps.add(() -> {
                source.add(row, source.get(row)); // a row inserted and taken out, as marking and deleting do
                FxSteps.layOut(table);
                source.remove(row);
                return FxSteps.layOut(table);
            });
            steps.add(() -> {
                table.setItems(FXCollections.observableArrayList());
                table.positionsIn(null);
                return FxSteps.layOut(table);
            });
        }
        return steps;
    }
}
