package org.quotebench.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.store.LibraryFilter;
import org.quotebench.ui.WorkspaceSession;

/** The library's filters: outlet, speaker, event and verdict; "Any" clears one. */
final class LibraryFilters extends GridPane {
    private static final String ANY = "Any";
    private final ComboBox<String> outlet = box("Outlet");
    private final ComboBox<String> speaker = box("Speaker");
    private final ComboBox<String> event = box("Event");
    private final ComboBox<String> verdict = box("Verdict");
    private final WorkspaceSession session;

    LibraryFilters(WorkspaceSession session, Runnable changed) {
        this.session = session;
        getStyleClass().add("library-filters");
        setHgap(4);
        setVgap(4);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            getColumnConstraints().add(half);
        }
        add(outlet, 0, 0);
        add(speaker, 1, 0);
        add(event, 0, 1);
        add(verdict, 1, 1);
        for (ComboBox<String> box : List.of(outlet, speaker, event, verdict)) {
            GridPane.setHgrow(box, Priority.ALWAYS);
            box.setOnAction(e -> changed.run());
        }
        verdict.getItems().setAll(ANY);
        for (Verdict v : Verdict.values()) {
            verdict.getItems().add(v.code());
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

    private static Optional<String> chosen(ComboBox<String> box) {
        return Optional.ofNullable(box.getValue()).filter(v -> !v.equals(ANY));
    }

    private static void refill(ComboBox<String> box, List<String> values) {
        String kept = box.getValue();
        box.getItems().setAll(ANY);
        box.getItems().addAll(values);
        if (kept != null && box.getItems().contains(kept)) {
            box.setValue(kept);
        }
    }

    private static ComboBox<String> box(String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("small");
        return box;
    }
}
