package org.quotebench.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.ui.WorkspaceSession;

/**
 * The selected quote, every field editable; each change is handed on (and stored) as it is made.
 * Speakers and events are typed by name: known ones are offered, new ones are created.
 */
public final class InspectorView extends VBox {
    private final ObjectProperty<Quote> quote = new SimpleObjectProperty<>();
    private final Label text = new Label();
    /** The whole quote, for one longer than the five lines shown; one tooltip, its text changed (making one per quote costs a frame). */
    private final javafx.scene.control.Tooltip fullText = new javafx.scene.control.Tooltip();
    private final ComboBox<String> speaker = new ComboBox<>();
    private final ComboBox<QuoteKind> kind = new ComboBox<>();
    private final ComboBox<QuoteStatus> status = new ComboBox<>();
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    private final FlowPane events = new FlowPane(4, 4);
    private final ComboBox<String> addEvent = new ComboBox<>();
    private final TextArea note = new TextArea();
    /**
     * The quote whose note the note field was last given: what is typed is a change of that note, made on
     * that quote's revision. When someone else's note arrives while one types, the typing stays and its
     * change stays made on the old revision, so it is refused and the user asked instead of overwriting
     * theirs unseen (issue 25).
     */
    private Quote noteBase;
    /** The note text last sent to be stored: once sent, what comes back (stored, or refused and theirs shown) replaces it. */
    private String noteSent;
    private final TextField annotator = new TextField();
    private final Label empty = new Label("Select a quote to see it here,\nor select text and press Q to mark one.");
    private final GridPane form = new GridPane();
    private final InspectorEdits edits;
    private boolean showing;
    private List<String> knownSpeakers = List.of();
    /** Five lines of the inspector's text (13 px type). */
    private static final double TEXT_HEIGHT = 5 * 18;
    private final javafx.animation.PauseTransition noteTyping = new javafx.animation.PauseTransition(javafx.util.Duration.millis(800));

    public InspectorView(WorkspaceSession session, InspectorEdits edits) {
        this.edits = edits;
        getStyleClass().add("inspector");
        setPadding(new Insets(8));
        setSpacing(8);
        Label heading = new Label("Quote");
        heading.getStyleClass().add("section-title");
        text.getStyleClass().add("inspector-text");
        text.setWrapText(true);
        // Always five lines high (a longer quote ends in "…", its whole text in the tooltip): the fields
        // below stay where they are whatever the quote's length.
        text.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        text.setMinHeight(TEXT_HEIGHT);
        text.setPrefHeight(TEXT_HEIGHT);
        text.setMaxHeight(TEXT_HEIGHT);
        text.setTooltip(fullText);
        speaker.setEditable(true);
        speaker.setId("speaker-field");
        speaker.setPromptText("Who said it?");
        speaker.setMaxWidth(Double.MAX_VALUE);
        addEvent.setEditable(true);
        addEvent.setPromptText("Add an event…");
        addEvent.setMaxWidth(Double.MAX_VALUE);
        kind.getItems().setAll(QuoteKind.values());
        status.getItems().setAll(QuoteStatus.values());
        verdict.getItems().setAll(Verdict.values());
        verdict.setId("verdict-field");
        note.setPromptText("A note for colleagues");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        annotator.setPromptText("Who checked it");
        session.speakers().addListener((ListChangeListener<Speaker>) c -> knownSpeakers = names(session.speakers()));
        speaker.getEditor().textProperty().addListener((obs, old, typed) -> complete(typed));
        session.events().addListener((ListChangeListener<Event>) c ->
                addEvent.getItems().setAll(session.events().stream().map(Event::name).toList()));

        form.setHgap(8);
        form.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        kind.setConverter(new CodeNames<>(QuoteKind::parse));
        status.setConverter(new CodeNames<>(QuoteStatus::parse));
        verdict.setConverter(new CodeNames<>(Verdict::parse));
        row(0, "Speaker", speaker);
        row(1, "Kind", kind);
        row(2, "Status", status);
        row(3, "Verdict", verdict);
        row(4, "Events", new VBox(4, events, addEvent));
        row(5, "Note", note);
        row(6, "Annotator", annotator);
        // The form joins the scene when the first quote is shown (not styled at start-up), then stays and
        // is shown or hidden: taking it out and adding it back would restyle every field each time.
        getChildren().addAll(heading, empty);
        for (javafx.scene.Node part : List.of(empty, text, form)) {
            part.managedProperty().bind(part.visibleProperty());
        }
        showEmpty(true);
        wire();
        // Each quote put in, even one equal to the last: after a refused note, the quote as stored comes again (issue 25).
        quote.addListener(obs -> show(quote.get()));
    }

    public ObjectProperty<Quote> quoteProperty() {
        return quote;
    }

    /** Puts the cursor in the speaker field, ready to type a name. */
    public void focusSpeaker() {
        speaker.requestFocus();
        speaker.getEditor().selectAll();
    }

    private void wire() {
        // An editable combo box commits its editor text at odd moments (focus changes, new values);
        // the speaker is saved only when the user finishes typing: Enter, a pick from the list, or leaving the field.
        speaker.getEditor().setOnAction(e -> saveSpeaker());
        // The combo box's skin takes Enter for itself (it commits its value): a filter sees it first, so Enter stores.
        speaker.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                saveSpeaker();
            }
        });
        addEvent.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                addTypedEvent();
                e.consume();
            }
        });
        speaker.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setOnMouseClicked(e -> {
                    if (getItem() != null) {
                        speaker.getEditor().setText(getItem());
                        speaker.hide();
                        saveSpeaker();
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        speaker.getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveSpeaker();
            }
        });
        kind.setOnAction(e -> ifEditing(q -> {
            if (kind.getValue() != null && kind.getValue() != q.kind()) {
                edits.change(q, "Change kind", c -> c.withKind(kind.getValue()));
            }
        }));
        status.setOnAction(e -> ifEditing(q -> {
            if (status.getValue() != null && status.getValue() != q.status()) {
                edits.change(q, "Change status", c -> c.withStatus(status.getValue()));
            }
        }));
        verdict.setOnAction(e -> ifEditing(q -> {
            if (verdict.getValue() != null && verdict.getValue() != q.verdict()) {
                edits.change(q, "Change verdict", c -> c.withVerdict(verdict.getValue()));
            }
        }));
        // A pick from the list, or a name typed for this quote and left (the box commits it), adds the event.
        // The box is emptied after each and whenever another quote is shown, so nothing typed for one lands on another.
        addEvent.setOnAction(e -> {
            if (!showing) {
                addTypedEvent();
            }
        });
        // A note is saved a moment after typing stops, when the field is left, and when the window closes.
        noteTyping.setOnFinished(e -> saveNote());
        note.textProperty().addListener((obs, old, text) -> {
            if (!showing) {
                noteTyping.playFromStart();
            }
        });
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveNote();
            }
        });
        annotator.setOnAction(e -> saveAnnotator());
        annotator.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveAnnotator();
            }
        });
    }

    /** Adds the event whose name is typed (or picked) to the quote shown now, then empties the box for the next one. */
    private void addTypedEvent() {
        String typed = addEvent.getEditor().getText();
        String name = (typed == null || typed.isBlank() ? Optional.ofNullable(addEvent.getValue()).orElse("") : typed).strip();
        clearAddEvent();
        ifEditing(q -> {
            if (!name.isEmpty() && q.events().stream().noneMatch(ev -> ev.name().equalsIgnoreCase(name))) {
                List<String> names = new ArrayList<>(q.events().stream().map(Event::name).toList());
                names.add(name);
                edits.events(q, names);
            }
        });
    }

    /** Empties the event box, value and text: what was typed for one quote never stays for the next. */
    private void clearAddEvent() {
        boolean was = showing;
        showing = true;
        try {
            // Only what is there: clearing an empty box still tells its skin and bindings (each quote shown, each mark).
            if (addEvent.getValue() != null) {
                addEvent.setValue(null);
            }
            if (!addEvent.getEditor().getText().isEmpty()) {
                addEvent.getEditor().clear();
            }
        } finally {
            showing = was;
        }
    }

    /** Offers the known speakers and aliases that contain what has been typed so far. */
    private void complete(String typed) {
        if (showing || !speaker.getEditor().isFocused()) {
            return;
        }
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> matches = knownSpeakers.stream()
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(wanted)).limit(12).toList();
        speaker.getItems().setAll(matches);
        if (!matches.isEmpty() && !wanted.isEmpty() && !(matches.size() == 1 && matches.get(0).equalsIgnoreCase(wanted))) {
            speaker.show();
        } else {
            speaker.hide();
        }
    }

    /** Stores whatever is typed but not yet saved (the window is closing). */
    public void flush() {
        noteTyping.stop();
        saveNote();
        saveAnnotator();
        saveSpeaker();
    }

    private void saveNote() {
        noteTyping.stop();
        ifEditing(q -> {
            Quote base = noteBase != null && noteBase.id() == q.id() ? noteBase : q;
            String typed = note.getText();
            if (!typed.equals(base.note().orElse(""))) {
                noteSent = typed;
                edits.change(base, "Change note", c -> c.withNote(typed));
            }
        });
    }

    /** Shows the quote's note, unless a note for this quote is being typed (then it is kept, see {@link #noteBase}). */
    private void showNote(Quote shown) {
        if (noteBase == null || noteBase.id() != shown.id()) {
            noteSent = null; // what was sent was another quote's note
        }
        boolean typing = noteBase != null && noteBase.id() == shown.id() && !note.getText().equals(noteBase.note().orElse(""))
                && !note.getText().equals(noteSent);
        if (!typing) {
            note.setText(shown.note().orElse(""));
            noteBase = shown;
        } else if (shown.note().equals(noteBase.note()) || shown.note().orElse("").equals(note.getText())) {
            noteBase = shown; // the note under the typing did not change, or is what was typed (saved a moment ago)
        }
    }

    private void saveSpeaker() {
        ifEditing(q -> {
            String name = speaker.getEditor().getText().strip();
            if (!name.equals(q.speaker().map(Speaker::name).orElse(""))) {
                edits.speaker(q, name);
            }
        });
    }

    private void saveAnnotator() {
        ifEditing(q -> {
            if (!annotator.getText().strip().equals(q.annotator().orElse(""))) {
                edits.change(q, "Change annotator", c -> c.withAnnotator(annotator.getText().strip()));
            }
        });
    }

    private void ifEditing(Consumer<Quote> action) {
        if (!showing && quote.get() != null) {
            action.accept(quote.get());
        }
    }

    private void show(Quote shown) {
        showing = true;
        try {
            showEmpty(shown == null);
            if (shown == null) {
                return;
            }
            // a quote in pieces shows its pieces' words, " … " between them, not the attribution that parts them
            text.setText(shown.words());
            fullText.setText(shown.words());
            clearAddEvent();
            speaker.getSelectionModel().clearSelection();
            speaker.getEditor().setText(shown.speaker().map(Speaker::name).orElse(""));
            kind.setValue(shown.kind());
            status.setValue(shown.status());
            verdict.setValue(shown.verdict());
            events.getChildren().clear();
            for (Event event : shown.events()) {
                Button chip = new Button(event.name() + "  ✕");
                chip.getStyleClass().add("event-chip");
                chip.setOnAction(e -> {
                    List<String> names = new ArrayList<>(shown.events().stream().map(Event::name).toList());
                    names.remove(event.name());
                    edits.events(shown, names);
                });
                events.getChildren().add(chip);
            }
            showNote(shown);
            annotator.setText(shown.annotator().orElse(""));
        } finally {
            showing = false;
        }
    }

    /** Puts the (hidden) form into the scene once the window is idle, so that the first quote selected does not style it. */
    public void prepare() {
        if (!getChildren().contains(form)) {
            getChildren().addAll(text, form);
            text.setVisible(false);
            form.setVisible(false);
        }
    }

    private void showEmpty(boolean nothingSelected) {
        if (!nothingSelected) {
            prepare();
        }
        empty.setVisible(nothingSelected);
        text.setVisible(!nothingSelected);
        form.setVisible(!nothingSelected);
    }

    private void row(int index, String label, javafx.scene.Node field) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        form.add(name, 0, index);
        form.add(field, 1, index);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        HBox.setHgrow(field, Priority.ALWAYS);
    }

    private static List<String> names(List<Speaker> speakers) {
        List<String> names = new ArrayList<>();
        for (Speaker s : speakers) {
            names.add(s.name());
            names.addAll(s.aliases());
        }
        return names;
    }
}
