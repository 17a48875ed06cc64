package org.quotebench.ui;


import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
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
import org.quotebench.ui.article.PaneModel;
import org.quotebench.ui.article.PanesView;
import org.quotebench.ui.jobs.Jobs;
import org.quotebench.ui.article.SpeakerLegend;
import org.quotebench.ui.inspector.InspectorView;
import org.quotebench.ui.library.LibraryView;
import org.quotebench.ui.quotes.QuotesDock;
import org.quotebench.ui.quotes.QuotesTable;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.actions.Actions;
import org.quotebench.ui.welcome.WelcomePanel;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;

/**
 * The workbench's view: library on the left, article panes in the middle, the inspector on the
 * right, quotes below. Every view shows the {@link WorkbenchModel} and calls its commands; the
 * menus and toolbar come from the actions, installed once they exist ({@link #install}).
 */
public final class Workbench extends BorderPane {
    private final WorkbenchModel model;
    private final WorkspaceSession session;
    private final PanesView panes;
    private final LibraryView library;
    private final InspectorView inspector;
    private final QuotesTable quotesTable = new QuotesTable();
    private final QuotesDock quotesDock = new QuotesDock(quotesTable);
    private final Label status = new Label();
    private final SplitPane centre = new SplitPane();
    private final StackPane middle;
    private javafx.collections.transformation.SortedList<Quote> shownQuotes;
    private Actions actions;
    private java.util.function.Consumer<org.quotebench.core.ArticleInfo> editDetails = info -> { };
    /** A scroll of the quotes table to the selected row waits for the next frame (followInTable). */
    private boolean tableFollowing;

    private final OtherPrograms others;

    public Workbench(WorkbenchModel model) {
        this.model = model;
        this.session = model.session();
        getStyleClass().add("workbench");
        this.panes = new PanesView(model.panes(), model.focusedPaneProperty(), model::focus, model.colourByVerdictProperty(), this::wire);
        this.library = new LibraryView(session, model::open);
        this.inspector = new InspectorView(session, model.annotating());
        inspector.quoteProperty().bind(model.selectedQuoteProperty());
        Jobs.afterEveryLayout(quotesTable, this::followedInTable);
        // A quote that goes away while the keyboard is in the inspector (undoing a mark, deleting it) gives
        // the keyboard back to its article's text, where the next mark is made, not to the library's search.
        model.selectedQuoteProperty().addListener((obs, old, quote) -> {
            if (quote == null && inspector.isFocusWithin()) {
                model.focusedPane().askForKeyboard();
            }
        });
        this.others = new OtherPrograms(session, model::panes, words -> model.annotating().tell(words));

        middle = new StackPane(panes);
        centre.setOrientation(Orientation.VERTICAL);
        model.quotesTableShownProperty().addListener((obs, was, is) -> showQuotesTable(is));
        showQuotesTable(model.quotesTableShownProperty().get());
        // The legend of the focused pane's colours sits under the inspector's form, which stays where it is whatever its length.
        BorderPane side = new BorderPane(inspector);
        side.setBottom(new SpeakerLegend(model.focusedPaneProperty().map(panes::viewOf)));
        SplitPane main = new SplitPane(library, centre, side);
        main.setDividerPositions(0.22, 0.77);
        SplitPane.setResizableWithParent(library, false);
        SplitPane.setResizableWithParent(side, false);
        setCenter(main);
        setBottom(statusBar());

        model.focusedPaneProperty().addListener((obs, old, pane) -> showFocused());
        showFocused();
        model.selectedQuoteProperty().addListener((obs, old, quote) -> showSelection(quote));
        watchOtherPrograms();
        // A row the user picks selects its quote; a row picked here for the model's selection is that quote already.
        quotesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, quote) -> {
            Quote chosen = model.selectedQuoteProperty().get();
            if (quote != null && (chosen == null || chosen.id() != quote.id())) {
                model.select(quote);
            }
        });
    }

    /**
     * Puts the menus and toolbar on top, the welcome panel over the empty panes, and the actions
     * into the panes' and the library's menus: once the window's actions exist.
     */
    public void install(MenuBar menuBar, ToolBar toolBar, Actions actions, WelcomePanel welcome) {
        this.actions = actions;
        setTop(new VBox(menuBar, toolBar));
        welcome.visibleProperty().bind(Bindings.isEmpty(session.articles()).and(session.locationProperty().isNotNull()));
        middle.getChildren().add(welcome);
        library.addMenuActions(actions.get(ActionId.FIND_QUOTES_IN_SELECTION));
        library.addMenuActions(actions.get(ActionId.EDIT_ARTICLE), actions.get(ActionId.CHECK_CHANGES), actions.get(ActionId.VERSIONS));
    }

    public WorkbenchModel model() {
        return model;
    }

    public WorkspaceSession session() {
        return session;
    }

    public PanesView panes() {
        return panes;
    }

    public Annotating annotating() {
        return model.annotating();
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

    private void showQuotesTable(boolean shown) {
        if (shown) {
            centre.getItems().setAll(middle, quotesDock);
            centre.setDividerPositions(0.74);
        } else {
            centre.getItems().setAll(middle);
        }
    }

    /** Loads an article and its quotes in the background and shows them in {@code target}. */
    public void openIn(ArticlePane target, ArticleInfo info) {
        model.openIn(target.model(), info, Optional.empty());
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

    /** What a pane header's "Edit details" button does with the pane's article (set by the window's commands). */
    public void onEditDetails(java.util.function.Consumer<org.quotebench.core.ArticleInfo> editor) {
        this.editDetails = editor;
    }

    private void wire(ArticlePane pane) {
        PaneModel paneModel = pane.model();
        pane.onEditDetails(() -> {
            model.focus(paneModel);
            java.util.Optional.ofNullable(paneModel.detailsProperty().get()).ifPresent(info -> editDetails.accept(info));
        });
        pane.textArea().setOnContextMenuRequested(event -> {
            model.focus(paneModel);
            if (actions != null) {
                MenuLayout.paneMenu(actions).show(pane.textArea(), event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        paneModel.articleProperty().addListener((obs, old, article) -> {
            if (paneModel == model.focusedPane()) {
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
        PaneModel focused = model.focusedPane();
        if (shownQuotes != null) {
            shownQuotes.comparatorProperty().unbind(); // let the previous pane's view go
        }
        shownQuotes = new javafx.collections.transformation.SortedList<>(focused.quotes());
        shownQuotes.comparatorProperty().bind(quotesTable.comparatorProperty());
        quotesTable.setItems(shownQuotes);
        quotesTable.positionsIn(focused.article().map(Article::text).orElse(null));
        if (focused.article().isPresent()) {
            quotesDock.showTable();
        }
        showSelection(focused.selectedProperty().get());
    }

    /**
     * Scrolls the table to the selected row in the frame after the one that shows the change in the
     * text: a far scroll fills every row of the table again, which would otherwise delay the highlight
     * of a mark or a jump in a long article by several milliseconds.
     */
    private void followInTable() {
        tableFollowing = true;
        Jobs.requestFrame();
    }

    /** After a frame's layout: the scroll {@link #followInTable} asked for, in a turn of its own (it lays the table out again). */
    private void followedInTable() {
        if (tableFollowing) {
            tableFollowing = false;
            Jobs.onFx(() -> {
                int row = quotesTable.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    scrollTableTo(row);
                }
            });
        }
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

    /** The table's row follows the model's selected quote. */
    private void showSelection(Quote quote) {
        if (quote == null) {
            quotesTable.getSelectionModel().clearSelection();
            return;
        }
        // By index: selecting by item compares it with every row.
        List<Quote> rows = quotesTable.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == quote.id()) {
                quotesTable.getSelectionModel().select(i);
                followInTable();
                break;
            }
        }
    }

    /**
     * Builds, hidden, the views the first article will show (the focused pane's text area and the
     * quotes table), so that opening it does not also style them.
     */
    public void prepareViews() {
        panes.focusedPane().prepare();
        quotesDock.prepare();
    }

    /** Puts the hint line (tips and short notices) into the status bar. */
    public void addHint(Label hint) {
        ((HBox) getBottom()).getChildren().add(2, hint);
    }

    /** The status bar's library name while its server does not answer (a warning colour in both themes). */
    private static final javafx.css.PseudoClass UNREACHABLE = javafx.css.PseudoClass.getPseudoClass("unreachable");

    private HBox statusBar() {
        Label file = new Label();
        file.setId("workspace-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> Optional.ofNullable(session.locationProperty().get())
                .map(p -> (session.unreachableProperty().get() ? "No answer from the server, trying again: "
                        : session.fileProperty().get() != null ? "Workspace: " : "Shared library: ") + p
                        + (session.readOnlyProperty().get() ? " (read-only)" : ""))
                .orElse("No workspace open"),
                session.locationProperty(), session.fileProperty(), session.readOnlyProperty(), session.unreachableProperty()));
        session.unreachableProperty().addListener((obs, was, down) -> file.pseudoClassStateChanged(UNREACHABLE, down));
        Label count = new Label();
        count.setId("article-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> org.quotebench.core.Plural.of(session.articles().size(), "article"),
                session.articles()));
        status.textProperty().bind(session.background().activityProperty());
        Label marking = new Label(); // whose quotes the window marks, when the user gave a name (Quote > Your annotator name…)
        marking.setId("annotator-name-shown");
        marking.textProperty().bind(Bindings.createStringBinding(() -> model.annotating().annotatorProperty().get().isBlank() ? ""
                : "Marking as " + model.annotating().annotatorProperty().get(), model.annotating().annotatorProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(16, file, count, marking, spring, status);
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    /** An article and its quotes, loaded together in the background. */
    private record Loaded(Article article, List<Quote> quotes) {
    }
}
