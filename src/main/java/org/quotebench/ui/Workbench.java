package org.quotebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.article.OpeningWarmUp;
import org.quotebench.ui.article.PaneModel;
import org.quotebench.ui.article.PanesView;
import org.quotebench.ui.article.ReadingTraining;
import org.quotebench.ui.article.SpeakerLegend;
import org.quotebench.ui.inspector.InspectorView;
import org.quotebench.ui.library.LibraryView;
import org.quotebench.ui.quotes.QuotesDock;
import org.quotebench.ui.quotes.QuotesTable;
import org.quotebench.ui.quotes.QuotesTableWarmUp;
import org.quotebench.ui.welcome.WelcomePanel;

/** The workbench: library on the left, article panes in the middle, the inspector on the right, quotes below. */
public final class Workbench extends BorderPane {
    private final WorkspaceSession session;
    private final PanesView panes;
    private final Annotating annotating;
    private final LibraryView library;
    private final InspectorView inspector;
    private final QuotesTable quotesTable = new QuotesTable();
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();
    private boolean warmUpStarted;
    /** Set once an article is opened after the warm-up started: a warm-up still running would only compete with it. */
    private volatile boolean articleOpened;
    private final QuotesDock quotesDock = new QuotesDock(quotesTable);
    private final Label status = new Label();
    private final BooleanProperty quotesTableShown = new SimpleBooleanProperty(true);
    private final SplitPane centre = new SplitPane();
    private final Commands commands;
    private boolean syncing;
    private javafx.collections.transformation.SortedList<Quote> shownQuotes;

    private final OtherPrograms others;

    public Workbench(WorkspaceSession session, Commands commands) {
        this.session = session;
        this.commands = commands;
        getStyleClass().add("workbench");
        this.panes = new PanesView(this::wire);
        this.annotating = new Annotating(session, () -> panes.focusedPane().model(),
                () -> panes.panes().stream().map(ArticlePane::model).toList());
        this.library = new LibraryView(session, this::open);
        this.inspector = new InspectorView(session, annotating);
        this.others = new OtherPrograms(session, () -> panes.panes().stream().map(ArticlePane::model).toList());
        commands.attach(this);

        WelcomePanel welcome = new WelcomePanel(commands::importFiles, commands::openWorkspace, commands::trySamples);
        welcome.visibleProperty().bind(Bindings.isEmpty(session.articles()).and(session.fileProperty().isNotNull()));
        StackPane middle = new StackPane(panes, welcome);
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().setAll(middle, quotesDock);
        centre.setDividerPositions(0.74);
        quotesTableShown.addListener((obs, was, is) -> {
            if (is) {
                centre.getItems().setAll(middle, quotesDock);
                centre.setDividerPositions(0.74);
            } else {
                centre.getItems().setAll(middle);
            }
        });
        // The legend of the focused pane's colours sits under the inspector's form, which stays where it is whatever its length.
        BorderPane side = new BorderPane(inspector);
        side.setBottom(new SpeakerLegend(panes.focusedPaneProperty()));
        SplitPane main = new SplitPane(library, centre, side);
        main.setDividerPositions(0.22, 0.77);
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(side, false);
        setTop(new VBox(commands.menuBar(), commands.toolBar()));
        setCenter(main);
        setBottom(statusBar());

        panes.focusedPaneProperty().addListener((obs, old, pane) -> showFocused());
        showFocused(); // the first pane was focused before this listener existed
        watchOtherPrograms();
        quotesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, quote) -> {
            if (!syncing && quote != null) {
                panes.focusedPane().model().selectedProperty().set(quote);
                panes.focusedPane().reveal(quote);
            }
        });
    }

    public WorkspaceSession session() {
        return session;
    }

    public Commands commands() {
        return commands;
    }

    public PanesView panes() {
        return panes;
    }

    public Annotating annotating() {
        return annotating;
    }

    public LibraryView library() {
        return library;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public QuotesTable quotesTable() {
        return quotesTable;
    }

    public BooleanProperty quotesTableShownProperty() {
        return quotesTableShown;
    }

    /** Opens an article in the focused pane, or in a new pane when asked (and there is room). */
    public void open(ArticleInfo info, boolean newPane) {
        openIn(newPane ? panes.add().orElse(panes.focusedPane()) : panes.focusedPane(), info);
    }

    /** Loads an article and its quotes in the background and shows them in {@code target}. */
    public void openIn(ArticlePane target, ArticleInfo info) {
        openIn(target, info, Optional.empty());
    }

    /** Like {@link #openIn(ArticlePane, ArticleInfo)}, then selects and shows the quote with this id. */
    public void openIn(ArticlePane target, ArticleInfo info, Optional<Long> quoteId) {
        articleOpened = warmUpStarted; // articles opened before it (the last session's) do not stop it
        session.call("Opening " + info.metadata().title().orElse(info.sourceName()), ws -> new Loaded(ws.articles().get(info.id()),
                ws.quotes().ofArticle(info.id())), loaded -> {
                    target.model().show(loaded.article(), loaded.quotes());
                    panes.focus(target);
                    target.textArea().requestFocus();
                    quoteId.flatMap(id -> loaded.quotes().stream().filter(q -> q.id() == id).findFirst()).ifPresent(q -> {
                        target.model().selectedProperty().set(q);
                        target.reveal(q);
                    });
                });
    }

    /** Shows other programs' changes while the window shows; stops with it (tests close windows without ending the program). */
    private void watchOtherPrograms() {
        others.start();
        sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.showingProperty().addListener((w, was, is) -> {
                            if (!is) {
                                others.stop();
                            }
                        });
                    }
                });
            }
        });
    }

    /** Selects a quote in the focused pane and shows it. */
    public void select(Quote quote) {
        panes.focusedPane().model().selectedProperty().set(quote);
        panes.focusedPane().reveal(quote);
    }

    private void wire(ArticlePane pane) {
        PaneModel model = pane.model();
        pane.textArea().setOnContextMenuRequested(event -> {
            panes.focus(pane);
            MenuLayout.paneMenu(commands.actions()).show(pane.textArea(), event.getScreenX(), event.getScreenY());
            event.consume();
        });
        model.selectedProperty().addListener((obs, old, quote) -> {
            if (pane == panes.focusedPane()) {
                showSelection(quote);
            }
        });
        model.articleProperty().addListener((obs, old, article) -> {
            if (pane == panes.focusedPane()) {
                quotesTable.positionsIn(article == null ? null : article.text());
                if (article != null) {
                    quotesDock.showTable();
                }
            }
        });
    }

    /**
     * The table shows the focused pane's own quote list through a sorted view, so that marking or
     * deleting one quote changes one row instead of reloading thousands.
     */
    private void showFocused() {
        PaneModel model = panes.focusedPane().model();
        syncing = true;
        try {
            if (shownQuotes != null) {
                shownQuotes.comparatorProperty().unbind(); // let the previous pane's view go
            }
            shownQuotes = new javafx.collections.transformation.SortedList<>(model.quotes());
            shownQuotes.comparatorProperty().bind(quotesTable.comparatorProperty());
            quotesTable.setItems(shownQuotes);
            quotesTable.positionsIn(model.article().map(Article::text).orElse(null));
            if (model.article().isPresent()) {
                quotesDock.showTable();
            }
        } finally {
            syncing = false;
        }
        showSelection(model.selectedProperty().get());
    }

    /** Brings a row of the quotes table into view, scrolling as little as it takes (TableView.scrollTo puts it at the top). */
    private void scrollTableTo(int row) {
        if (quotesTable.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            // Strictly between the first and last rows shown, it is whole on screen: leave the table alone (a scroll lays it out).
            if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                flow.scrollTo(row);
            }
        }
    }

    private void showSelection(Quote quote) {
        inspector.quoteProperty().set(quote);
        syncing = true;
        try {
            if (quote == null) {
                quotesTable.getSelectionModel().clearSelection();
            } else {
                // By index: selecting by item compares it with every row.
                List<Quote> rows = quotesTable.getItems();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id() == quote.id()) {
                        quotesTable.getSelectionModel().select(i);
                        scrollTableTo(i);
                        break;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Builds, hidden, what the first article will show (the focused pane's text area, the quotes
     * table, then the inspector's form), so that opening it does not also style them; called once
     * the window is usable after start. Once the library lists a long article (now or after an
     * import), warms up opening one (OpeningWarmUp); opening an article while it runs ends it.
     */
    public void prepareForFirstArticle() {
        panes.focusedPane().prepare();
        quotesDock.prepare();
        // In a frame of its own (the next turn after the next layout): the first quote selected then does not style the form.
        NextFrame.then(getScene(), () -> javafx.application.Platform.runLater(inspector::prepare));
        if (session.articles().stream().anyMatch(OpeningWarmUp::worthIt)) {
            warmUp();
            return;
        }
        session.articles().addListener(new ListChangeListener<ArticleInfo>() {
            @Override
            public void onChanged(Change<? extends ArticleInfo> change) {
                while (change.next()) {
                    if (change.getAddedSubList().stream().anyMatch(OpeningWarmUp::worthIt)) {
                        session.articles().removeListener(this);
                        warmUp();
                        return;
                    }
                }
            }
        });
    }

    private void warmUp() {
        if (warmUpStarted) {
            return;
        }
        warmUpStarted = true;
        startWarmUp(false, () -> articleOpened).whenComplete((ok, failed) -> warmedUp.complete(null));
    }

    /**
     * Runs the warm-up for long articles to the end, whatever the workspace holds, then opens long
     * made-up articles and reads through one off screen (ReadingTraining): the end of the installer's
     * training run (TrainingRun). Completes when it has ended.
     */
    CompletableFuture<Void> train() {
        return startWarmUp(true, () -> false);
    }

    /** The warm-up (OpeningWarmUp, then the quotes table's), with the reading training after it when asked. */
    private CompletableFuture<Void> startWarmUp(boolean reading, BooleanSupplier stop) {
        List<String> stylesheets = List.copyOf(getScene().getStylesheets());
        return OpeningWarmUp.start(panes.focusedPane(), made -> {
            List<Supplier<CompletableFuture<?>>> steps = new ArrayList<>(QuotesTableWarmUp.steps(stylesheets, made.text(), made.quotes()));
            if (reading) {
                steps.addAll(ReadingTraining.steps(stylesheets));
            }
            return steps;
        }, stop);
    }

    /** Whether the warm-up for long articles has started (tests). */
    boolean warmUpStarted() {
        return warmUpStarted;
    }

    /**
     * Completes once the warm-up for long articles has ended (run to the end, or stopped early
     * because an article was opened); never when the workspace has no long article. Benchmarks wait
     * for it, as a user's first double-click would come after it.
     */
    public CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }

    /** Puts the hint line (tips and short notices) into the status bar. */
    public void addHint(Label hint) {
        ((HBox) getBottom()).getChildren().add(2, hint);
    }

    private HBox statusBar() {
        Label file = new Label();
        file.setId("workspace-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> Optional.ofNullable(session.fileProperty().get())
                .map(p -> "Workspace: " + p + (session.readOnlyProperty().get() ? " (read-only)" : "")).orElse("No workspace open"),
                session.fileProperty(), session.readOnlyProperty()));
        Label count = new Label();
        count.setId("article-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> org.quotebench.core.Plural.of(session.articles().size(), "article"),
                session.articles()));
        status.textProperty().bind(session.background().activityProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(16, file, count, spring, status);
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    /** An article and its quotes, loaded together in the background. */
    private record Loaded(Article article, List<Quote> quotes) {
    }
}
