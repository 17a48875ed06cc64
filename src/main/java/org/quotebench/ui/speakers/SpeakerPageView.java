package org.quotebench.ui.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.quotebench.compare.SpeakerPage;
import org.quotebench.core.Event;
import org.quotebench.core.Plural;
import org.quotebench.core.Speaker;
import org.quotebench.core.WikidataId;

/**
 * A speaker's page: who they are, then all their quotes across the library under one heading per
 * event, in date order. Enter or a double-click opens a quote's article with the quote selected.
 */
final class SpeakerPageView {
    private final Label title = new Label("Select a speaker to see their quotes across the library.");
    private final Label about = new Label();
    private final ListView<Object> lines = new ListView<>();
    private final BorderPane root = new BorderPane(lines);

    SpeakerPageView(Consumer<SpeakerPage.Entry> open) {
        title.setId("speaker-page-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        about.setWrapText(true);
        lines.setId("speaker-page");
        lines.setPlaceholder(new Label("No quotes."));
        lines.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24)); // wrap long quotes instead of scrolling sideways
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("page-heading");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof SpeakerPage.Section section) {
                    getStyleClass().add("page-heading");
                    setText(heading(section));
                } else {
                    setText(line((SpeakerPage.Entry) item));
                }
            }
        });
        lines.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && lines.getSelectionModel().getSelectedItem() instanceof SpeakerPage.Entry entry) {
                open.accept(entry);
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && lines.getSelectionModel().getSelectedItem() instanceof SpeakerPage.Entry entry) {
                open.accept(entry);
                e.consume();
            }
        });
        VBox top = new VBox(4, title, about);
        top.setPadding(new javafx.geometry.Insets(8));
        root.setTop(top);
    }

    BorderPane view() {
        return root;
    }

    void clear() {
        title.setText("Select a speaker to see their quotes across the library.");
        about.setText("");
        lines.getItems().clear();
    }

    void show(Speaker speaker, SpeakerPage page) {
        int quotes = (int) page.sections().stream().flatMap(s -> s.entries().stream()).map(e -> e.quote().id()).distinct().count();
        long events = page.sections().stream().filter(s -> s.event().isPresent()).count();
        title.setText(speaker.name() + " · " + Plural.of(quotes, "quote") + (events == 0 ? "" : " about " + Plural.of(events, "event")));
        List<String> facts = new ArrayList<>();
        facts.add(speaker.kind().code());
        speaker.role().ifPresent(facts::add);
        speaker.affiliation().ifPresent(facts::add);
        speaker.wikidata().map(WikidataId::value).ifPresent(q -> facts.add("Wikidata " + q));
        if (!speaker.aliases().isEmpty()) {
            facts.add("also " + String.join(", ", speaker.aliases()));
        }
        about.setText(String.join(" · ", facts));
        List<Object> items = new ArrayList<>();
        for (SpeakerPage.Section section : page.sections()) {
            items.add(section);
            items.addAll(section.entries());
        }
        lines.getItems().setAll(items);
    }

    private static String heading(SpeakerPage.Section section) {
        if (section.event().isEmpty()) {
            return "About no event · " + Plural.of(section.entries().size(), "quote");
        }
        Event e = section.event().get();
        StringBuilder text = new StringBuilder(e.name());
        e.startsOn().ifPresent(d -> text.append(" · ").append(d).append(e.endsOn().filter(end -> !end.equals(d)).map(end -> " to " + end)
                .orElse("")));
        e.place().ifPresent(p -> text.append(" · ").append(p));
        return text.append(" · ").append(Plural.of(section.entries().size(), "quote")).toString();
    }

    private static String line(SpeakerPage.Entry entry) {
        var meta = entry.article().metadata();
        String words = entry.quote().exact().replaceAll("\\s+", " ");
        words = words.length() > 160 ? words.substring(0, 159) + "…" : words;
        return "    " + meta.publishedOn().orElse("undated") + " · " + meta.outlet().orElse(meta.title().orElse("Article "
                + entry.article().id())) + " · " + entry.quote().kind().code() + (entry.quote().status().code().equals("accepted") ? ""
                : " (" + entry.quote().status().code() + ")") + "\n    " + words;
    }
}
