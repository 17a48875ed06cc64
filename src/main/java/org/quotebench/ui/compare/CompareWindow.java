package org.quotebench.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quotebench.compare.Flag;
import org.quotebench.compare.Rendering;
import org.quotebench.compare.Report;
import org.quotebench.compare.Statement;
import org.quotebench.core.Plural;
import org.quotebench.core.QuotebenchException;
import org.quotebench.export.ExportTarget;
import org.quotebench.export.Exports;
import org.quotebench.ui.SaveFolder;

/**
 * The Compare view: statements (the renderings of one utterance across outlets) with their flags,
 * filterable by flag; the selected one's versions under one another, differences from the reference
 * marked; and one action that opens its articles side by side with the quote selected in each.
 */
public final class CompareWindow {
    private static final String ALL = "All statements";
    /** Statements quoted by more than one outlet: what the comparison is for. */
    static final String SEVERAL_OUTLETS = "More than one outlet";

    private CompareWindow() {
    }

    /** Where reports are saved: the dialog's first folder, and the workspace a report must never replace. */
    public record ReportPlace(SaveFolder folder, java.nio.file.Path workspace) {
    }

    /** Saves a report as HTML or CSV, by the name's extension (HTML unless it ends in .csv). */
    static void saveReport(Window owner, ReportPlace place, String title, List<Statement> statements) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Save a report");
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("A web page (*.html)", "*.html"),
                new javafx.stage.FileChooser.ExtensionFilter("A spreadsheet (*.csv)", "*.csv"));
        chooser.setInitialDirectory(place.folder().initial());
        chooser.setInitialFileName("comparison.html");
        java.io.File file = chooser.showSaveDialog(owner); // the dialog asks before replacing a file
        if (file != null) {
            place.folder().used(file);
            write(file.toPath(), place.workspace(), title, statements);
        }
    }

    /** Writes the report (never over the workspace or another SQLite file); a failure is shown, not thrown. */
    static void write(java.nio.file.Path file, java.nio.file.Path workspace, String title, List<Statement> statements) {
        String content = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Report.csv(statements)
                : Report.html("Compare: " + title, statements);
        try {
            ExportTarget.checkFile(file, workspace, true);
            Exports.writeText(file, content);
        } catch (QuotebenchException e) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(null);
            alert.show();
        }
    }

    /** @param openSideBySide opens these renderings' articles in panes, selecting each quote */
    public static Stage show(Window owner, String title, List<Statement> statements, int articles,
            BiConsumer<Statement, List<Rendering>> openSideBySide, ReportPlace place) {
        FilteredList<Statement> shown = new FilteredList<>(FXCollections.observableArrayList(statements));
        ListView<Statement> list = new ListView<>(shown);
        list.setId("statements");
        list.setCellFactory(view -> new ListCell<>() {

            @Override
            protected void updateItem(Statement s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String words = s.reference().text().replaceAll("\\s+", " ");
                words = words.length() > 80 ? words.substring(0, 79) + "…" : words; // the versions show it whole
                setText(s.speaker().orElse("No speaker") + " · " + s.versions().size() + (s.versions().size() == 1 ? " version" : " versions")
                        + (s.flags().isEmpty() ? "" : " · " + s.flags().stream().map(Flag::code).collect(Collectors.joining(", "))) + "\n"
                        + words);
                setTooltip(s.flags().isEmpty() ? null : new Tooltip(s.flags().stream().map(Flag::explanation)
                        .collect(Collectors.joining("\n"))));
            }
        });
        ComboBox<String> filter = new ComboBox<>();
        filter.setId("flag-filter");
        filter.getItems().addAll(ALL, SEVERAL_OUTLETS);
        for (Flag flag : Flag.values()) {
            filter.getItems().add(flag.code());
        }
        filter.getSelectionModel().select(ALL);
        filter.valueProperty().addListener((obs, old, code) -> shown.setPredicate(s -> code == null || code.equals(ALL)
                || code.equals(SEVERAL_OUTLETS) && !s.flags().contains(Flag.ONE_OUTLET)
                || s.flags().stream().anyMatch(f -> f.code().equals(code))));

        VBox versions = new VBox(12);
        versions.setId("versions");
        versions.setPadding(new Insets(12));
        Button open = new Button("Open side by side");
        open.setId("open-side-by-side");
        open.setDisable(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            versions.getChildren().clear();
            open.setDisable(s == null);
            if (s != null) {
                for (Statement.Version v : s.versions()) {
                    Rendering r = v.rendering();
                    Label where = new Label(r.source() + " · " + r.kind().code() + " · " + r.speaker().map(name -> "credited to " + name).orElse("no speaker")
                            + (r.quoteId() == s.reference().quoteId() ? " · reference" : ""));
                    where.getStyleClass().add("version-source");
                    versions.getChildren().add(new VBox(4, where, DiffText.of(r.text(), s.reference().text(), v.diff())));
                }
            }
        });
        open.setOnAction(e -> {
            Statement s = list.getSelectionModel().getSelectedItem();
            if (s != null) {
                openSideBySide.accept(s, s.versions().stream().map(Statement.Version::rendering).toList());
            }
        });
        Button reportOne = new Button("Report on this statement…");
        reportOne.disableProperty().bind(open.disableProperty());
        reportOne.setOnAction(e -> Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .ifPresent(s -> saveReport(list.getScene().getWindow(), place, title, List.of(s))));
        Button reportAll = new Button("Report on all shown…");
        reportAll.setOnAction(e -> saveReport(list.getScene().getWindow(), place, title, List.copyOf(shown)));
        Label legend = new Label("Green: words this version adds · struck through: words it leaves out · orange: words it changes");
        legend.getStyleClass().add("diff-legend");
        ScrollPane scroll = new ScrollPane(versions);
        scroll.setFitToWidth(true);
        BorderPane right = new BorderPane(scroll);
        right.setTop(new VBox(4, legend));
        right.setBottom(new HBox(8, open, reportOne, reportAll));
        BorderPane.setMargin(right.getBottom(), new Insets(8));
        BorderPane.setMargin(right.getTop(), new Insets(8));
        SplitPane body = new SplitPane(new BorderPane(list, new HBox(8, new Label("Show:"), filter), null, null, null), right);
        body.setDividerPositions(0.42);
        Label summary = new Label(String.format(Locale.ROOT, "%s: %s from %s in %s", title, Plural.of(statements.size(), "statement"),
                Plural.of(statements.stream().mapToInt(s -> s.versions().size()).sum(), "quote"), Plural.of(articles, "article")));
        summary.setId("compare-summary");
        summary.getStyleClass().add("section-title");
        summary.setPadding(new Insets(8));
        BorderPane root = new BorderPane(body);
        root.setTop(summary);
        Scene scene = new Scene(root, 1200, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Compare: " + title);
        stage.setScene(scene);
        org.quotebench.ui.EscapeCloses.install(stage);
        org.quotebench.ui.ClearOfLibrary.place(stage, owner);
        stage.show();
        if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        return stage;
    }
}
