package org.quotebench.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.quotebench.compare.Rendering;
import org.quotebench.compare.Statement;
import org.quotebench.compare.Statements;
import org.quotebench.core.Event;
import org.quotebench.core.Speaker;
import org.quotebench.export.ExportSelection;
import org.quotebench.export.ExportedArticle;
import org.quotebench.ui.SaveFolder;
import org.quotebench.ui.WorkspaceSession;
import org.quotebench.ui.WorkbenchModel;
import org.quotebench.ui.article.PaneModel;

/** View > Compare outlets…: choose an event, a speaker or the selected articles; statements are grouped in the background. */
public final class CompareCommands {
    /** What to compare: the articles of an event, a speaker's quotes, or chosen articles. */
    public record Scope(String title, Optional<String> event, Optional<String> speaker, List<Long> articleIds) {
    }

    /** Opens an article in a pane and selects one of its quotes. */
    private final WorkspaceSession session;
    private final Supplier<Window> window;
    private final Supplier<List<Long>> selectedArticles;
    private final WorkbenchModel workbench;
    private final SaveFolder saveFolder;

    public CompareCommands(WorkspaceSession session, Supplier<Window> window, Supplier<List<Long>> selectedArticles, WorkbenchModel workbench,
            SaveFolder saveFolder) {
        this.saveFolder = saveFolder;
        this.session = session;
        this.window = window;
        this.selectedArticles = selectedArticles;
        this.workbench = workbench;
    }

    public void compare() {
        Map<String, Scope> choices = new LinkedHashMap<>();
        List<Long> selected = selectedArticles.get();
        if (selected.size() > 1) {
            choices.put("The " + selected.size() + " articles selected in the library", new Scope("Selected articles", Optional.empty(),
                    Optional.empty(), selected));
        }
        for (Event event : session.events()) {
            choices.put("Event: " + event.name(), new Scope(event.name(), Optional.of(event.name()), Optional.empty(), List.of()));
        }
        for (Speaker speaker : session.speakers()) {
            choices.put("Speaker: " + speaker.name(), new Scope(speaker.name(), Optional.empty(), Optional.of(speaker.name()), List.of()));
        }
        if (choices.isEmpty()) {
            choices.put("Every article", new Scope("Every article", Optional.empty(), Optional.empty(), List.of()));
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.keySet().iterator().next(), choices.keySet());
        dialog.setTitle("Compare outlets");
        dialog.setHeaderText("Gather quotes into statements across outlets: the renderings of one utterance, with their differences");
        dialog.setContentText("Compare:");
        dialog.initOwner(window.get());
        dialog.showAndWait().map(choices::get).ifPresent(this::compare);
    }

    /** Groups the scope's quotes in the background, then shows the Compare view. */
    public void compare(Scope scope) {
        session.call("Comparing " + scope.title(), ws -> {
            List<ExportedArticle> chosen = new ExportSelection(scope.articleIds(), Optional.empty(), scope.speaker(), scope.event(),
                    Optional.empty(), Optional.empty()).read(ws);
            List<Rendering> renderings = chosen.stream().flatMap(a -> Rendering.of(a.article().info(), a.quotes()).stream()).toList();
            return new Grouped(Statements.group(renderings), chosen.size());
        }, grouped -> CompareWindow.show(window.get(), scope.title(), grouped.statements(), grouped.articles(), this::openSideBySide,
                new CompareWindow.ReportPlace(saveFolder, session.fileProperty().get())));
    }

    private record Grouped(List<Statement> statements, int articles) {
    }

    /** The statement's articles side by side (up to the panes there is room for), each with its quote selected. */
    private void openSideBySide(Statement statement, List<Rendering> renderings) {
        List<PaneModel> targets = new ArrayList<>();
        targets.add(workbench.focusedPane());
        for (int i = 1; i < renderings.size(); i++) {
            workbench.addPane().ifPresent(targets::add);
        }
        for (int i = 0; i < targets.size() && i < renderings.size(); i++) {
            Rendering r = renderings.get(i);
            PaneModel pane = targets.get(i);
            session.articles().stream().filter(a -> a.id() == r.articleId()).findFirst()
                    .ifPresent(info -> workbench.openIn(pane, info, Optional.of(r.quoteId())));
        }
        if (window.get() instanceof javafx.stage.Stage main) {
            main.toFront(); // the Compare window no longer covers the panes it just filled
            main.requestFocus();
        }
    }
}
