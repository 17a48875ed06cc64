package org.quotebench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.quotebench.core.Quote;
import org.quotebench.ui.actions.Action;
import org.quotebench.ui.actions.ShortcutsSheet;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.article.PaneModel;
import org.quotebench.ui.importing.ImportJob;
import org.quotebench.core.QuoteStatus;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.suggestions.FindQuotesJob;
import org.quotebench.ui.suggestions.TeachFinderJob;
import org.quotebench.ui.welcome.SampleArticles;
import org.quotebench.ui.welcome.WelcomePanel;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.actions.Actions;

/** Everything the menus, toolbar and keys can do, as actions, and the dialogs they open. */
public final class Commands {
    private final WorkspaceSession session;
    private final Notices notices;
    private final Theme theme;
    private final javafx.beans.property.ReadOnlyObjectProperty<Quote> selected;
    private final Settings settings;
    private final SaveFolder saveFolder;
    private final Workbench bench;
    private final WorkbenchModel model;
    private final org.quotebench.ui.exchange.ExchangeCommands exchange;
    private final org.quotebench.ui.compare.CompareCommands comparing;
    private final ArticleActions articles;
    private final Actions actions;
    private final WorkspaceFiles files;
    private javafx.stage.Stage speakersWindow;
    private javafx.stage.Stage eventsWindow;
    private final MenuBar menuBar;
    private final ToolBar toolBar;

    /** The actions of this workbench: they act on its model, and on its views where the user's selection lives there. */
    public Commands(Workbench workbench, Notices notices, Theme theme, Settings settings) {
        this.settings = settings;
        this.saveFolder = new SaveFolder(settings);
        this.bench = workbench;
        this.model = workbench.model();
        this.session = model.session();
        this.notices = notices;
        this.theme = theme;
        this.selected = model.selectedQuoteProperty();
        this.files = new WorkspaceFiles(session, notices, settings, workbench, this::window, saveFolder);
        model.annotating().setConflicts(new org.quotebench.ui.conflicts.ConflictDialog(this::window));
        model.annotating().saidProperty().addListener((obs, was, words) -> {
            if (!words.isEmpty()) {
                notices.info(words); // Shift+A, undo and redo say what they did
            }
        });
        BooleanBinding noQuote = selected.isNull();
        // Accepting an accepted quote (or rejecting a rejected one) would do nothing: the action says so by being off.
        BooleanBinding accepted = noQuoteOr(QuoteStatus.ACCEPTED);
        BooleanBinding rejected = noQuoteOr(QuoteStatus.REJECTED);
        BooleanBinding noWorkspace = session.locationProperty().isNull();
        List<Action> all = new ArrayList<>();
        all.add(Action.of(ActionId.IMPORT_FILES, this::importFiles).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.IMPORT_FOLDER, this::importFolder).disabledWhen(noWorkspace));
        this.exchange = new org.quotebench.ui.exchange.ExchangeCommands(session, this::window, this::selectedArticleIds, saveFolder);
        this.articles = new ArticleActions(model, bench, this::window, notices, ids -> {
            if (settings.findQuotesOnImport && !ids.isEmpty()) {
                runFinder(ids, false);
            }
        });
        all.addAll(articles.actions(noWorkspace));
        all.add(Action.of(ActionId.IMPORT_ANNOTATIONS, exchange::importAnnotations).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.EXPORT, exchange::export).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.NEW_WORKSPACE, this::newWorkspace));
        all.add(Action.of(ActionId.OPEN_WORKSPACE, this::openWorkspace));
        all.add(Action.of(ActionId.OPEN_SHARED, files::openShared));
        all.add(Action.of(ActionId.RESTORE_BACKUP, files::restoreFromBackup).disabledWhen(session.fileProperty().isNull()));
        all.add(Action.of(ActionId.QUIT, () -> window().hide()));
        all.add(Action.of(ActionId.MARK_QUOTE, this::markQuote).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.ADD_PIECE, this::addPiece).disabledWhen(noQuote));
        all.add(Action.of(ActionId.MARK_SPEAKER, this::markSpeaker).disabledWhen(noQuote));
        all.add(Action.of(ActionId.MARK_CUE, this::markCue).disabledWhen(noQuote));
        all.add(Action.of(ActionId.FIND_QUOTES_HERE, this::findQuotesHere).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.FIND_QUOTES_IN_SELECTION, this::findQuotesInSelection).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.TEACH_FINDER, this::teachFinder).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.FORGET_TEACHING, this::forgetTeaching).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.COMPARE_ANNOTATORS, this::compareAnnotators).disabledWhen(noWorkspace));
        all.add(AnnotatorNameDialog.action(model.annotating().annotatorProperty(), settings, notices::info, this::window));
        this.comparing = new org.quotebench.ui.compare.CompareCommands(session, this::window, this::selectedArticleIds, model,
                saveFolder);
        all.add(Action.of(ActionId.COMPARE_OUTLETS, comparing::compare).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.SPEAKERS, this::showSpeakers).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.EVENTS, this::showEvents).disabledWhen(noWorkspace));
        all.add(Action.of(ActionId.FIND_ELSEWHERE, () -> Optional.ofNullable(selected.get()).ifPresent(this::findElsewhere))
                .disabledWhen(noQuote));
        all.add(Action.of(ActionId.ACCEPT, () -> model.decide(QuoteStatus.ACCEPTED)).disabledWhen(accepted));
        all.add(Action.of(ActionId.REJECT, () -> model.decide(QuoteStatus.REJECTED)).disabledWhen(rejected));
        all.add(Action.of(ActionId.ACCEPT_ALL, this::acceptAll));
        all.add(Action.of(ActionId.NEXT_SUGGESTION, model::nextSuggestion));
        all.add(Action.of(ActionId.NEXT_QUOTE, () -> model.step(1)));
        all.add(Action.of(ActionId.PREVIOUS_QUOTE, () -> model.step(-1)));
        all.add(Action.of(ActionId.DELETE_QUOTE, model::deleteSelected).disabledWhen(noQuote));
        all.add(Action.of(ActionId.UNDO, () -> model.annotating().undo())
                .disabledWhen(model.annotating().history().canUndoProperty().not()));
        all.add(Action.of(ActionId.REDO, () -> model.annotating().redo())
                .disabledWhen(model.annotating().history().canRedoProperty().not()));
        all.add(Action.of(ActionId.FIND_IN_PANE, () -> bench.panes().focusedPane().showFind()));
        all.add(Action.of(ActionId.NEW_PANE, model::addPane));
        all.add(Action.of(ActionId.CLOSE_PANE, model::closeFocusedPane));
        all.add(Action.of(ActionId.FILTER_LIBRARY, () -> bench.library().filter().requestFocus()));
        all.add(Action.of(ActionId.COLOUR_MODE, model::toggleColourMode));
        all.add(Action.of(ActionId.QUOTES_TABLE, model::toggleQuotesTable));
        all.add(Action.of(ActionId.THEME, theme::toggle));
        all.add(Action.of(ActionId.SHORTCUTS, () -> ShortcutsSheet.show(window(), actions().all())));
        all.add(Action.of(ActionId.ABOUT, () -> notices.about(window())));
        actions = new Actions(all);
        menuBar = MenuLayout.menuBar(actions);
        List<javafx.scene.control.MenuItem> file = menuBar.getMenus().get(0).getItems();
        String open = ActionId.OPEN_WORKSPACE.label();
        file.add(file.indexOf(file.stream().filter(i -> open.equals(i.getText())).findFirst().orElseThrow()) + 1, files.recentMenu());
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
            speakersWindow = org.quotebench.ui.speakers.SpeakersWindow.show(window(), session, model.annotating(), (info, quoteId) -> {
                model.openIn(model.focusedPane(), info, Optional.of(quoteId));
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
                        model.openIn(model.focusedPane(), info, Optional.empty());
                        window().requestFocus();
                    }, event -> comparing.compare(new org.quotebench.ui.compare.CompareCommands.Scope(event.name(), Optional.of(event.name()),
                            Optional.empty(), List.of()))));
        }
        eventsWindow.toFront();
    }

    /** Web addresses pasted or dropped on the window. */
    public org.quotebench.ui.importing.WebImportCommands web() {
        return articles.web();
    }

    /** View > Compare outlets. */
    public org.quotebench.ui.compare.CompareCommands comparing() {
        return comparing;
    }

    /** File > Export and File > Import annotations. */
    public org.quotebench.ui.exchange.ExchangeCommands exchange() {
        return exchange;
    }

    public Actions actions() {
        return actions;
    }

    /** What an empty workspace shows: import, open another, or try the samples. */
    WelcomePanel welcomePanel() {
        return new WelcomePanel(this::importFiles, this::openWorkspace, this::trySamples);
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

    /** Opens a workspace file or a shared library's address ({@code postgresql://…}, asking a password when needed). */
    public void open(String location) {
        files.openLocation(location);
    }

    private void markQuote() {
        ArticlePane pane = bench.panes().focusedPane();
        Optional<org.quotebench.core.Span> span = pane.selectedSpan();
        if (span.isEmpty()) {
            notices.info("Select the words of the quote first, then press Q.");
            return;
        }
        model.annotating().markQuote(span.get(), () -> bench.inspector().focusSpeaker());
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
        model.annotating().markSpeaker(quote, span.get(), name);
    }

    private void addPiece() {
        ArticlePane pane = bench.panes().focusedPane();
        Optional<org.quotebench.core.Span> span = pane.selectedSpan();
        Quote quote = selected.get();
        if (span.isEmpty() || quote == null || pane.model().article().map(a -> a.id() != quote.articleId()).orElse(true)) {
            notices.info("Select a quote, then select the next piece of its words in the same article and press F "
                    + "(\u201cWe will,\u201d she said, \u201cand soon.\u201d is one quote in two pieces).");
            return;
        }
        if (quote.fragments().stream().anyMatch(piece -> piece.overlaps(span.get()))) {
            notices.info("The selection overlaps the quote; select words outside it to add them as a piece.");
            return;
        }
        model.annotating().addPiece(quote, span.get());
    }

    private void markCue() {
        Optional<org.quotebench.core.Span> span = bench.panes().focusedPane().selectedSpan();
        Quote quote = selected.get();
        if (span.isEmpty() || quote == null) {
            notices.info("Select a quote, then select its cue words (\"said\") and press C.");
            return;
        }
        model.annotating().markCue(quote, span.get());
    }

    private void findQuotesHere() {
        PaneModel pane = model.focusedPane();
        if (pane.article().isEmpty()) {
            notices.info("Open an article first; or select articles in the library and use its menu.");
            return;
        }
        runFinder(List.of(pane.article().get().id()), false);
    }

    /** The selected quote's words in every other article of the library, proposed as suggestions with its speaker. */
    private void findElsewhere(org.quotebench.core.Quote quote) {
        session.call("Finding the quote elsewhere", ws -> org.quotebench.ui.compare.FindElsewhere.run(ws, quote), added -> {
            model.annotating().found(added);
            notices.info(added.isEmpty() ? "Found no other article with these words."
                    : "Found the words in " + added.stream().map(q -> q.articleId()).distinct().count() + " other articles: "
                            + added.size() + " suggestions, with the same speaker.");
        });
    }

    /** Two annotators' quotes of the focused article side by side, with their agreement and disagreements. */
    private void compareAnnotators() {
        var pane = model.focusedPane();
        if (pane.article().isEmpty()) {
            notices.info("Open an article first: annotators are compared on one article.");
            return;
        }
        List<String> annotators = pane.quotes().stream().map(q -> q.annotator().orElse(null)).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (annotators.size() < 2) {
            notices.info("This article has quotes by fewer than two annotators.");
            return;
        }
        org.quotebench.ui.agreement.AnnotatorChoice.ask(window(), annotators).ifPresent(two ->
                org.quotebench.ui.agreement.AgreementWindow.show(window(), pane.article().get(), List.copyOf(pane.quotes()),
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
            model.annotating().found(report.added());
            notices.info(report.headline() + (report.added().isEmpty() ? "" : " A accepts, R rejects, Tab goes to the next.")
                    + (report.details().isEmpty() ? "" : " " + String.join(" ", report.details())));
        });
        if (withDialog) {
            JobDialog.show(window(), "Find quotes", task, session::refresh);
        }
    }

    /** Teaches the finder the workspace's accepted quotes, in a dialog with progress and Cancel. */
    private void teachFinder() {
        javafx.concurrent.Task<TeachFinderJob.Report> task = session.start(TeachFinderJob::new);
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> notices.info(task.getValue().headline()));
        JobDialog.show(window(), "Teach the finder", task, () -> { }, "Cancelled; the finder was not changed.");
    }

    private void forgetTeaching() {
        session.call("Forgetting what the finder was taught", ws -> ws.taughtFinder().forget(), had -> notices.info(had
                ? "The finder forgot what this workspace taught it: Find quotes works as shipped again."
                : "The finder had not been taught in this workspace: it works as shipped."));
    }

    /** True while no quote is selected, or the selected one has this status. */
    private BooleanBinding noQuoteOr(QuoteStatus status) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().status() == status,
                selected);
    }

    private void acceptAll() {
        if (!model.acceptAll()) {
            notices.info("No suggestions to accept in this article.");
        }
    }

    private Window window() {
        return bench.getScene().getWindow();
    }
}
