package org.quotebench.ui.speakers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.WikidataId;
import org.quotebench.ui.conflicts.FieldEdit;

/**
 * The speakers as an editable table: each cell edits one field in place (Enter or double-click, Enter
 * to keep, Escape to drop); a change goes out as a whole new draft of the speaker.
 */
final class SpeakersTable {
    /** A speaker with the number of quotes attributed to it. */
    record Row(Speaker speaker, int quotes) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final TableView<Row> table = new TableView<>();

    /**
     * @param edit receives the speaker, the field and how its changed draft is made (from a stored speaker too)
     */
    SpeakersTable(FieldEdit<Speaker, SpeakerDraft> edit) {
        table.setId("speakers-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // every column in view, no sideways scrolling
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new javafx.scene.control.Label("No speakers yet: mark a quote's speaker with S, or run Find quotes."));
        SortedList<Row> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // A renamed speaker keeps the old name as an alias, so that quotes and searches by it still find them.
        table.getColumns().add(text("Name", 190, Speaker::name, (s, v) -> draft(s, v, s.kind(), s.role(), s.affiliation(),
                s.wikidata(), withAlias(s.aliases(), s.name(), v)), edit));
        TableColumn<Row, Integer> quotes = new TableColumn<>("Quotes");
        quotes.setMinWidth(84);
        quotes.setMaxWidth(80);
        quotes.setEditable(false);
        quotes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quotes()));
        table.getColumns().add(quotes);
        TableColumn<Row, SpeakerKind> kind = new TableColumn<>("Kind");
        kind.setPrefWidth(110);
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().speaker().kind()));
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(new KindNames(), SpeakerKind.values()));
        kind.setOnEditCommit(e -> {
            Speaker s = e.getRowValue().speaker();
            if (e.getNewValue() != null && e.getNewValue() != s.kind()) {
                SpeakerKind chosen = e.getNewValue();
                edit.edit(s, "Kind", x -> draft(x, x.name(), chosen, x.role(), x.affiliation(), x.wikidata(), x.aliases()));
            }
        });
        table.getColumns().add(kind);
        table.getColumns().add(text("Role", 150, s -> s.role().orElse(""), (s, v) -> draft(s, s.name(), s.kind(), optional(v),
                s.affiliation(), s.wikidata(), s.aliases()), edit));
        table.getColumns().add(text("Affiliation", 150, s -> s.affiliation().orElse(""), (s, v) -> draft(s, s.name(), s.kind(),
                s.role(), optional(v), s.wikidata(), s.aliases()), edit));
        table.getColumns().add(text("Aliases", 190, s -> String.join(", ", s.aliases()), (s, v) -> draft(s, s.name(), s.kind(),
                s.role(), s.affiliation(), s.wikidata(), aliases(v)), edit));
        table.getColumns().add(text("Wikidata", 90, s -> s.wikidata().map(WikidataId::value).orElse(""), (s, v) -> draft(s, s.name(),
                s.kind(), s.role(), s.affiliation(), optional(v).map(q -> new WikidataId(q.toUpperCase(Locale.ROOT))), s.aliases()),
                edit));
    }

    TableView<Row> view() {
        return table;
    }

    /** Replaces the rows, keeping the selection by speaker id. */
    void setRows(List<Row> fresh) {
        List<Long> selected = selected().stream().map(r -> r.speaker().id()).toList();
        rows.setAll(fresh);
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (selected.contains(table.getItems().get(i).speaker().id())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Shows the speakers whose name, alias, role or affiliation contains {@code words} (ignoring case). */
    void filter(String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(row -> wanted.isEmpty() || searchable(row.speaker()).contains(wanted));
    }

    private static String searchable(Speaker s) {
        return (s.name() + "\n" + String.join("\n", s.aliases()) + "\n" + s.role().orElse("") + "\n" + s.affiliation().orElse("")
                + "\n" + s.wikidata().map(WikidataId::value).orElse("")).toLowerCase(Locale.ROOT);
    }

    private interface Change {
        SpeakerDraft apply(Speaker speaker, String typed);
    }

    private static TableColumn<Row, String> text(String title, double width, Function<Speaker, String> value, Change change,
            FieldEdit<Speaker, SpeakerDraft> edit) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().speaker())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            Speaker s = e.getRowValue().speaker();
            String typed = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (typed.equals(value.apply(s))) {
                return;
            }
            edit.edit(s, title, x -> change.apply(x, typed)); // a bad Wikidata id: the edit says so
        });
        return column;
    }

    private static SpeakerDraft draft(Speaker s, String name, SpeakerKind kind, Optional<String> role, Optional<String> affiliation,
            Optional<WikidataId> wikidata, List<String> aliases) {
        return new SpeakerDraft(name, kind, role, affiliation, s.description(), wikidata, aliases);
    }

    private static List<String> withAlias(List<String> aliases, String old, String renamed) {
        if (old.equalsIgnoreCase(renamed.strip()) || aliases.stream().anyMatch(old::equalsIgnoreCase)) {
            return aliases;
        }
        return java.util.stream.Stream.concat(aliases.stream(), java.util.stream.Stream.of(old)).toList();
    }

    private static Optional<String> optional(String typed) {
        return typed.isBlank() ? Optional.empty() : Optional.of(typed.strip());
    }

    private static List<String> aliases(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** Speaker kinds in words. */
    private static final class KindNames extends StringConverter<SpeakerKind> {
        @Override
        public String toString(SpeakerKind kind) {
            return kind == null ? "" : kind == SpeakerKind.UNNAMED ? "unnamed source" : kind.code();
        }

        @Override
        public SpeakerKind fromString(String text) {
            return Arrays.stream(SpeakerKind.values()).filter(k -> toString(k).equals(text)).findFirst().orElse(null);
        }
    }
}
