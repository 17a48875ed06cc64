package org.quotebench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.quotebench.core.Quote;
import org.quotebench.ui.actions.Action;
import org.quotebench.ui.actions.ShortcutsSheet;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.importing.ImportJob;
import org.quotebench.core.QuoteStatus;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.suggestions.FindQuotesJob;
import org.quotebench.ui.welcome.SampleArticles;

/** Everything the menus, toolbar and keys can do, as actions, and the dialogs they open. */
public final class Commands {
    private final WorkspaceSession session;
    private final Notices notices;
    private final Theme theme;
    private final SimpleObjectProperty<Quote> selected = new SimpleObjectProperty<>();
    private final Settings settings;
    private final SaveFolder saveFolder;
    private Workbench bench;
    private org.quotebench.ui.exchange.ExchangeCommands exchange;
    private org.quotebench.ui.compare.CompareCommands comparing;
    private List<Action> actions = List.of();
    private WorkspaceFiles files;
    private javafx.stage.Stage speakersWindow;
    private javafx.stage.Stage eventsWindow;
    private MenuBar menuBar;
    private ToolBar toolBar;

    public Commands(WorkspaceSession session, Notices notices, Theme theme, Settings settings) {
        this.settings = settings;
        this.saveFolder = new SaveFolder(settings);
        this.session = session;
        this.notices = notices;
        this.theme = theme;
    }

    void attach(Workbench workbench) {
        this.bench = workbench;
        this.files = new WorkspaceFiles(session, notices, settings, workbench, this::window, saveFolder);
        workbench.annotating().saidProperty().addListener((obs, was, words) -> {
            if (!words.isEmpty()) {
                notices.info(words); // Shift+A, undo and redo say what they did
            }
        });
        workbench.inspector().quoteProperty().addListener((obs, old, quote) -> selected.set(quote));
        BooleanBinding noQuote = selected.isNull();
        // Accepting an accepted quote (or rejecting a rejected one) would do nothing: the action says so by being off.
        BooleanBinding accepted = noQuoteOr(QuoteStatus.ACCEPTED);
        BooleanBinding rejected = noQuoteOr(QuoteStatus.REJECTED);
        BooleanBinding noWorkspace = session.fileProperty().isNull();
        List<Action> all = new ArrayList<>();
        all.add(Action.of("Import files…", "Shortcut+O", this::importFiles).disabledWhen(noWorkspace));
        all.add(Action.of("Import a folder…", "Shortcut+Shift+O", this::importFolder).disabledWhen(noWorkspace));
        exchange = new org.quotebench.ui.exchange.ExchangeCommands(session, this::window, this::selectedArticleIds, saveFolder);
        all.add(Action.of("Import annotations…", "Shortcut+Shift+I", exchange::importAnnotations).disabledWhen(noWorkspace));
        all.add(Action.of("Export…", "Shortcut+E", exchange::export).disabledWhen(noWorkspace));
        all.add(Action.of("New workspace…", "Shortcut+N", this::newWorkspace));
        all.add(Action.of("Open workspace…", "Shortcut+Shift+W", this::openWorkspace));
        all.add(Action.of("Restore from backup…", null, files::restoreFromBackup).disabledWhen(noWorkspace));
        all.add(Action.of("Quit", "Shortcut+Q", () -> window().hide()));
        // Letters and Tab belong to the article text: typed anywhere else (a name in a drop-down) they type (issue 20.3).
        all.add(Action.of("Mark quote", "Q", this::markQuote).disabledWhen(noWorkspace).inArticleText());
        all.add(Action.of("Mark speaker", "S", this::markSpeaker).disabledWhen(noQuote).inArticleText());
        all.add(Action.of("Mark cue", "C", this::markCue).disabledWhen(noQuote).inArticleText());
        all.add(Action.of("Find quotes in this article", "Shortcut+Shift+Q", this::findQuotesHere).disabledWhen(noWorkspace));
        all.add(Action.of("Find quotes in the selected articles", null, this::findQuotesInSelection).disabledWhen(noWorkspace));
        all.add(Action.of("Compare annotators…", null, this::compareAnnotators).disabledWhen(noWorkspace));
        comparing = new org.quotebench.ui.compare.CompareCommands(session, this::window, this::selectedArticleIds, bench.panes(),
                bench::openIn, saveFolder);
        all.add(Action.of("Compare outlets…", "Shortcut+Shift+C", comparing::compare).disabledWhen(noWorkspace));
        all.add(Action.of("Speakers…", "Shortcut+Shift+S", this::showSpeakers).disabledWhen(noWorkspace));
        all.add(Action.of("Events…", "Shortcut+Shift+G", this::showEvents).disabledWhen(noWorkspace));
        all.add(Action.of("Find elsewhere", "Shortcut+Shift+E", () -> Optional.ofNullable(selected.get()).ifPresent(this::findElsewhere))
                .disabledWhen(noQuote));
        all.add(Action.of("Accept suggestion", "A", () -> decide(QuoteStatus.ACCEPTED)).disabledWhen(accepted).inArticleText());
        all.add(Action.of("Reject suggestion", "R", () -> decide(QuoteStatus.REJECTED)).disabledWhen(rejected).inArticleText());
        all.add(Action.of("Accept all suggestions here", "Shift+A", this::acceptAll).inArticleText());
        all.add(Action.of("Next suggestion", "Tab", this::nextSuggestion).inArticleText());
        all.add(Action.of("Next quote", "N", () -> step(1)).inArticleText());
        all.add(Action.of("Previous quote", "P", () -> step(-1)).inArticleText());
        all.add(Action.of("Delete quote", "Delete", () -> Optional.ofNullable(selected.get())
                .ifPresent(bench.annotating()::delete)).disabledWhen(noQuote));
        all.add(Action.of("Undo", "Shortcut+Z", () -> bench.annotating().undo())
                .disabledWhen(bench.annotating().history().canUndoProperty().not()));
        all.add(Action.of("Redo", "Shortcut+Shift+Z", () -> bench.annotating().redo())
                .disabledWhen(bench.annotating().history().canRedoProperty().not()));
        all.add(Action.of("Find in pane", "Shortcut+F", () -> bench.panes().focusedPane().showFind()));
        all.add(Action.of("New pane", "Shortcut+Shift+N", () -> bench.panes().add()));
        all.add(Action.of("Close pane", "Shortcut+W", () -> bench.panes().closeFocused()));
        all.add(Action.of("Filter the library", "Shortcut+L", () -> bench.library().filter().requestFocus()));
        all.add(Action.of("Colour by speaker or verdict", "Shortcut+Shift+V", this::toggleColours));
        all.add(Action.of("Show or hide the quotes table", "Shortcut+Shift+T",
                () -> bench.quotesTableShownProperty().set(!bench.quotesTableShownProperty().get())));
        all.add(Action.of("Light or dark theme", "Shortcut+Shift+D", theme::toggle));
        all.add(Action.of("Keyboard shortcuts", "F1", () -> ShortcutsSheet.show(window(), actions)));
        all.add(Action.of("About Quotebench", null, () -> notices.about(window())));
        actions = List.copyOf(all);
        bench.library().addMenuAction(all.stream().filter(a -> a.name().equals("Find quotes in the selected articles"))
                .findFirst().orElseThrow());
        menuBar = MenuLayout.menuBar(actions);
        List<javafx.scene.control.MenuItem> file = menuBar.getMenus().get(0).getItems();
        file.add(file.indexOf(file.stream().filter(i -> "Open workspace…".equals(i.getText())).findFirst().orElseThrow()) + 1, files.recentMenu());
        javafx.scene.control.CheckMenuItem onImport = new javafx.scene.control.CheckMenuItem("Find quotes when importing");
        onImport.setSelected(settings.findQuotesOnImport);
        onImport.selectedProperty().addListener((obs, was, is) -> settings.findQuotesOnImport = is);
        menuBar.getMenus().get(2).getItems().add(onImport);
        files.fillRecent();
        toolBar = MenuLayout.toolBar(actions);
    }

    /** View > Speakers: one window, brought to the front when already open. */
    private void showSpeakers() {
        if (speakersWindow == null || !speakersWindow.isShowing()) {
            speakersWindow = org.quotebench.ui.speakers.SpeakersWindow.show(window(), session, bench.annotating(), (info, quoteId) -> {
                bench.openIn(bench.panes().focusedPane(), info, Optional.of(quoteId));
                window().requestFocus();
            });
        }
        speakersWindow.toFront();
    }

    /** View > Events: one window, brought to the front when already open. */
    private void showEvents() {
        if (eventsWindow == null || !eventsWindow.isShowing()) {
            eventsWindow = org.quotebench.ui.events.EventsWindow.show(window(), session, new org.quotebench.ui.events.EventsWindow.Links(
                    this::selectedArticleIds, info -> {
                        bench.openIn(bench.panes().focusedPane(), info);
                        window().requestFocus();
                    }, event -> comparing.compare(new org.quotebench.ui.compare.CompareCommands.Scope(event.name(), Optional.of(event.name()),
                            Optional.empty(), List.of()))));
        }
        eventsWindow.toFront();
    }

    /** View > Compare outlets. */
    public org.quotebench.ui.compare.CompareCommands comparing() {
        return comparing;
    }

    /** File > Export and File > Import annotations. */
    public org.quotebench.ui.exchange.ExchangeCommands exchange() {
        return exchange;
    }

    public List<Action> actions() {
        return actions;
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html, *.htm)",
                "*.txt", "*.md", "*.html", "*.htm"), new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import every article in a folder");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            importPaths(List.of(folder.toPath()));
        }
    }

    /** Imports files or folders (from the menu or dropped on the window) with progress, Cancel and a summary. */
    public void importPaths(List<Path> paths) {
        if (!session.isOpen()) {
            return;
        }
        javafx.concurrent.Task<org.quotebench.ui.importing.ImportReport> task = session.start(ws -> new ImportJob(ws, paths));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            if (settings.findQuotesOnImport && !task.getValue().importedIds().isEmpty()) {
                runFinder(task.getValue().importedIds(), false);
            }
        });
        JobDialog.show(window(), "Import", task, session::refresh);
    }

    void trySamples() {
        session.call("Importing the sample articles", ws -> ws.articles().importAll(SampleArticles.read()), outcomes -> {
            session.refresh();
            notices.info("Imported the sample articles. Double-click one in the library to open it.");
        });
    }

    void openWorkspace() {
        files.openWorkspace();
    }

    void newWorkspace() {
        files.newWorkspace();
    }

    /** Opens a workspace in place of the current one; a file that cannot be opened is reported and left alone. */
    public void open(Path path) {
        files.open(path);
    }

    private void markQuote() {
        ArticlePane pane = bench.panes().focusedPane();
        Optional<org.quotebench.core.Span> span = pane.selectedSpan();
        if (span.isEmpty()) {
            notices.info("Select the words of the quote first, then press Q.");
            return;
        }
        bench.annotating().markQuote(span.get(), () -> bench.inspector().focusSpeaker());
    }

    private void markSpeaker() {
        ArticlePane pane = bench.panes().focusedPane();
        Optional<org.quotebench.core.Span> span = pane.selectedSpan();
        Quote quote = selected.get();
        if (span.isEmpty() || quote == null) {
            notices.info("Select a quote, then select the speaker's name in the text and press S.");
            return;
        }
        String name = span.get().textIn(pane.model().article().orElseThrow().text()).replaceAll("\\s+", " ");
        bench.annotating().markSpeaker(quote, span.get(), name);
    }

    private void markCue() {
        Optional<org.quotebench.core.Span> span = bench.panes().focusedPane().selectedSpan();
        Quote quote = selected.get();
        if (span.isEmpty() || quote == null) {
            notices.info("Select a quote, then select its cue words (\"said\") and press C.");
            return;
        }
        bench.annotating().markCue(quote, span.get());
    }

    private void findQuotesHere() {
        ArticlePane pane = bench.panes().focusedPane();
        if (pane.model().article().isEmpty()) {
            notices.info("Open an article first; or select articles in the library and use its menu.");
            return;
        }
        runFinder(List.of(pane.model().article().get().id()), false);
    }

    /** The selected quote's words in every other article of the library, proposed as suggestions with its speaker. */
    private void findElsewhere(org.quotebench.core.Quote quote) {
        session.call("Finding the quote elsewhere", ws -> org.quotebench.ui.compare.FindElsewhere.run(ws, quote), added -> {
            bench.annotating().found(added);
            notices.info(added.isEmpty() ? "Found no other article with these words."
                    : "Found the words in " + added.stream().map(q -> q.articleId()).distinct().count() + " other articles: "
                            + added.size() + " suggestions, with the same speaker.");
        });
    }

    /** Two annotators' quotes of the focused article side by side, with their agreement and disagreements. */
    private void compareAnnotators() {
        var model = bench.panes().focusedPane().model();
        if (model.article().isEmpty()) {
            notices.info("Open an article first: annotators are compared on one article.");
            return;
        }
        List<String> annotators = model.quotes().stream().map(q -> q.annotator().orElse(null)).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (annotators.size() < 2) {
            notices.info("This article has quotes by fewer than two annotators.");
            return;
        }
        org.quotebench.ui.agreement.AnnotatorChoice.ask(window(), annotators).ifPresent(two ->
                org.quotebench.ui.agreement.AgreementWindow.show(window(), model.article().get(), List.copyOf(model.quotes()),
                        two.get(0), two.get(1)));
    }

    /** The ids of the articles selected in the library. */
    private List<Long> selectedArticleIds() {
        return bench.library().list().getSelectionModel().getSelectedItems().stream().map(a -> a.id()).toList();
    }

    private void findQuotesInSelection() {
        List<Long> ids = selectedArticleIds();
        if (ids.isEmpty()) {
            notices.info("Select one or more articles in the library first.");
            return;
        }
        runFinder(ids, true);
    }

    /** Finds and stores suggestions; the new ones show in their panes and can be undone as one step. */
    private void runFinder(List<Long> ids, boolean withDialog) {
        javafx.concurrent.Task<FindQuotesJob.Report> task = session.start(ws -> new FindQuotesJob(ws, ids));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            FindQuotesJob.Report report = task.getValue();
            bench.annotating().found(report.added());
            notices.info(report.headline() + (report.added().isEmpty() ? "" : " A accepts, R rejects, Tab goes to the next."));
        });
        if (withDialog) {
            JobDialog.show(window(), "Find quotes", task, session::refresh);
        }
    }

    private void decide(QuoteStatus status) {
        Quote quote = selected.get();
        if (quote != null) {
            bench.annotating().setStatus(List.of(quote), status, status == QuoteStatus.ACCEPTED ? "Accept" : "Reject");
            nextSuggestion();
        }
    }

    /** True while no quote is selected, or the selected one has this status. */
    private BooleanBinding noQuoteOr(QuoteStatus status) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().status() == status,
                selected);
    }

    private void acceptAll() {
        List<Quote> suggestions = bench.panes().focusedPane().model().quotes().stream()
                .filter(q -> q.status() == QuoteStatus.SUGGESTED).toList();
        if (suggestions.isEmpty()) {
            notices.info("No suggestions to accept in this article.");
        }
        bench.annotating().setStatus(suggestions, QuoteStatus.ACCEPTED, "Accept all");
    }

    private void nextSuggestion() {
        bench.panes().focusedPane().model().nextWith(q -> q.status() == QuoteStatus.SUGGESTED).ifPresent(bench::select);
    }

    private void step(int direction) {
        ArticlePane pane = bench.panes().focusedPane();
        pane.model().neighbour(direction).ifPresent(bench::select);
    }

    private void toggleColours() {
        bench.panes().colourByVerdictProperty().set(!bench.panes().colourByVerdictProperty().get());
    }

    private Window window() {
        return bench.getScene().getWindow();
    }
}
