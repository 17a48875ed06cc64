package org.quotebench.ui.events;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.ui.conflicts.FieldEdit;

/** The events as an editable table: name, first and last day, place and description, each edited in place. */
final class EventsTable {
    private interface Change {
        EventDraft apply(Event event, Optional<String> typed);
    }

    private final TableView<Event> table = new TableView<>();

    /**
     * @param edit receives the event, the field and how its changed draft is made (from a stored event too)
     */
    EventsTable(FieldEdit<Event, EventDraft> edit) {
        table.setId("events-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No events yet: New event… adds one."));
        table.getColumns().add(column("Name", 220, e -> Optional.of(e.name()), (e, v) -> new EventDraft(v.orElse(""), e.startsOn(),
                e.endsOn(), e.place(), e.description()), edit));
        table.getColumns().add(column("Starts", 100, Event::startsOn, (e, v) -> new EventDraft(e.name(), v, e.endsOn(), e.place(),
                e.description()), edit));
        table.getColumns().add(column("Ends", 100, Event::endsOn, (e, v) -> new EventDraft(e.name(), e.startsOn(), v, e.place(),
                e.description()), edit));
        table.getColumns().add(column("Place", 150, Event::place, (e, v) -> new EventDraft(e.name(), e.startsOn(), e.endsOn(), v,
                e.description()), edit));
        table.getColumns().add(column("Description", 300, Event::description, (e, v) -> new EventDraft(e.name(), e.startsOn(),
                e.endsOn(), e.place(), v), edit));
    }

    TableView<Event> view() {
        return table;
    }

    Optional<Event> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** Replaces the rows, keeping the selected event selected. */
    void setRows(List<Event> events) {
        Optional<Long> kept = selected().map(Event::id);
        table.getItems().setAll(events);
        kept.ifPresent(id -> events.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> table.getSelectionModel().select(e)));
    }

    private static TableColumn<Event, String> column(String title, double width, Function<Event, Optional<String>> value,
            Change change, FieldEdit<Event, EventDraft> edit) {
        TableColumn<Event, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue()).orElse("")));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            String typed = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (typed.equals(value.apply(e.getRowValue()).orElse(""))) {
                return;
            }
            Optional<String> given = typed.isEmpty() ? Optional.empty() : Optional.of(typed);
            edit.edit(e.getRowValue(), title, event -> change.apply(event, given)); // a date that is not YYYY-MM-DD: the edit says so
        });
        return column;
    }
}
