package org.quotebench.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.store.LibraryFilter;
import org.quotebench.ui.WorkspaceSession;

/**
 * The library's filters: outlet, speaker, event and verdict; the first choice of each ("All outlets"…)
 * clears it. Choice boxes rather than combo boxes: their list is a menu that exists only while open, so
 * the window starts without four list views it does not show (issue 9, decision 0012).
 */
final class LibraryFilters extends GridPane {
    private final ChoiceBox<String> outlet = box("outlet", "All outlets");
    private final ChoiceBox<String> speaker = box("speaker", "All speakers");
    private final ChoiceBox<String> event = box("event", "All events");
    private final ChoiceBox<String> verdict = box("verdict", "All verdicts");
    private final WorkspaceSession session;

    LibraryFilters(WorkspaceSession session, Runnable changed) {
        this.session = session;
        getStyleClass().add("library-filters");
        setHgap(4);
        setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            getColumnConstraints().add(half);
        }
        add(outlet, 0, 0);
        add(speaker, 1, 0);
        add(event, 0, 1);
        add(verdict, 1, 1);
        refill(verdict, java.util.Arrays.stream(Verdict.values()).map(Verdict::code).toList());
        for (ChoiceBox<String> box : List.of(outlet, speaker, event, verdict)) {
            GridPane.setHgrow(box, Priority.ALWAYS);
            box.setOnAction(e -> changed.run());
        }
        session.speakers().addListener((ListChangeListener<Speaker>) c -> refill(speaker,
                session.speakers().stream().map(Speaker::name).toList()));
        session.events().addListener((ListChangeListener<Event>) c -> refill(event,
                session.events().stream().map(Event::name).toList()));
        session.articles().addListener((ListChangeListener<ArticleInfo>) change -> {
            if (!LibraryChanges.onlyReplaced(change)) { // a new quote count does not change the outlets
                session.call("Listing outlets", ws -> ws.articles().outlets(), outlets -> refill(outlet, outlets));
            }
        });
    }

    LibraryFilter filter() {
        Optional<Long> speakerId = chosen(speaker).flatMap(name -> session.speakers().stream()
                .filter(s -> s.name().equals(name)).map(Speaker::id).findFirst());
        Optional<Long> eventId = chosen(event).flatMap(name -> session.events().stream()
                .filter(e -> e.name().equals(name)).map(Event::id).findFirst());
        return new LibraryFilter(Optional.empty(), chosen(outlet), speakerId, eventId, chosen(verdict).map(Verdict::parse));
    }

    /** The chosen value, or empty when the first choice ("All …") is selected. */
    private static Optional<String> chosen(ChoiceBox<String> box) {
        return box.getSelectionModel().getSelectedIndex() > 0 ? Optional.of(box.getValue()) : Optional.empty();
    }

    /** Replaces the values after the "All …" choice, keeping the chosen one when it is still there. */
    private static void refill(ChoiceBox<String> box, List<String> values) {
        Optional<String> kept = chosen(box);
        String all = box.getItems().get(0);
        box.getItems().setAll(all);
        box.getItems().addAll(values);
        int index = kept.map(v -> values.indexOf(v) + 1).orElse(0);
        box.getSelectionModel().select(Math.max(index, 0));
    }

    private static ChoiceBox<String> box(String what, String all) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(what + "-filter");
        box.getItems().add(all);
        box.getSelectionModel().selectFirst();
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("small");
        return box;
    }
}
