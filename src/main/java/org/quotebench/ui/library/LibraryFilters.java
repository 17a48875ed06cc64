package org.quotebench.ui.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SingleSelectionModel;
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
 * clears it. Outlets, speakers and events can run to thousands: their lists are combo boxes, whose
 * list is virtual; the six verdicts are a choice box, which adds nothing to the scene until opened.
 */
final class LibraryFilters extends GridPane {
    private final Choices outlet = new Choices(combo("outlet", "All outlets"));
    private final Choices speaker = new Choices(combo("speaker", "All speakers"));
    private final Choices event = new Choices(combo("event", "All events"));
    private final Choices verdict;
    private final WorkspaceSession session;
    private final Runnable changed;
    private boolean refilling;

    LibraryFilters(WorkspaceSession session, Runnable changed) {
        this.session = session;
        this.changed = changed;
        ChoiceBox<String> verdicts = new ChoiceBox<>();
        verdicts.getItems().add("All verdicts");
        verdict = new Choices(verdicts, verdicts.getItems(), verdicts.getSelectionModel());
        getStyleClass().add("library-filters");
        setHgap(4);
        setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            getColumnConstraints().add(half);
        }
        add(outlet.control(), 0, 0);
        add(speaker.control(), 1, 0);
        add(event.control(), 0, 1);
        add(verdicts, 1, 1);
        setUp(verdicts, "verdict");
        verdicts.setOnAction(e -> fire());
        refill(verdict, Arrays.stream(Verdict.values()).map(Verdict::code).toList());
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
        Optional<Long> speakerId = speaker.chosen().flatMap(name -> session.speakers().stream()
                .filter(s -> s.name().equals(name)).map(Speaker::id).findFirst());
        Optional<Long> eventId = event.chosen().flatMap(name -> session.events().stream()
                .filter(e -> e.name().equals(name)).map(Event::id).findFirst());
        return new LibraryFilter(Optional.empty(), outlet.chosen(), speakerId, eventId, verdict.chosen().map(Verdict::parse));
    }

    /** A filter's control with its items (the first is "All …") and its selection. */
    private record Choices(Node control, ObservableList<String> items, SingleSelectionModel<String> selection) {
        Choices(ComboBox<String> box) {
            this(box, box.getItems(), box.getSelectionModel());
        }

        /** The chosen value, or empty when the first choice ("All …") is selected. */
        Optional<String> chosen() {
            int index = selection.getSelectedIndex();
            return index > 0 ? Optional.of(items.get(index)) : Optional.empty();
        }
    }

    private void fire() {
        if (!refilling) {
            changed.run();
        }
    }

    /**
     * Replaces the values after the "All …" choice in one change, keeping the chosen one when it is
     * still there; the library is filtered again only when the choice itself changed.
     */
    private void refill(Choices choices, List<String> values) {
        Optional<String> kept = choices.chosen();
        List<String> items = new ArrayList<>(values.size() + 1);
        items.add(choices.items().get(0));
        items.addAll(values);
        refilling = true;
        try {
            choices.items().setAll(items);
            choices.selection().select(kept.map(v -> values.indexOf(v) + 1).orElse(0));
        } finally {
            refilling = false;
        }
        if (!kept.equals(choices.chosen())) {
            changed.run();
        }
    }

    private ComboBox<String> combo(String what, String all) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(all);
        box.getSelectionModel().selectFirst();
        setUp(box, what);
        box.setOnAction(e -> fire());
        return box;
    }

    private static void setUp(javafx.scene.control.Control box, String what) {
        box.setId(what + "-filter");
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("small");
        GridPane.setHgrow(box, Priority.ALWAYS);
    }
}
