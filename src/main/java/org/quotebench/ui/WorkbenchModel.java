package org.quotebench.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.ui.article.PaneModel;

/**
 * What the workbench shows and can do, without nodes (the AtlantaFX sampler's MainModel is the
 * model): the open panes' models and which one has the focus, the selected quote (the focused
 * pane's, stored there once), the colour mode, whether the quotes table shows, and annotating with
 * its undo history. Views bind to its read-only properties and call its commands; tests drive it
 * without a window.
 */
public final class WorkbenchModel {
    /** At most this many article panes side by side. */
    public static final int MOST_PANES = 4;

    private final WorkspaceSession session;
    private final ObservableList<PaneModel> panes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PaneModel> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Quote> selected = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty colourByVerdict = new SimpleBooleanProperty();
    private final BooleanProperty quotesTableShown = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper();
    private final Annotating annotating;

    public WorkbenchModel(WorkspaceSession session) {
        this.session = session;
        this.annotating = new Annotating(session, this::focusedPane, () -> List.copyOf(panes));
        focused.addListener((obs, old, pane) -> {
            selected.unbind();
            if (pane != null) {
                selected.bind(pane.selectedProperty());
            }
        });
        addPane();
        // A library entry refreshed (a title edited, a new quote count): the panes showing it follow.
        session.articles().addListener((javafx.collections.ListChangeListener<ArticleInfo>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    change.getAddedSubList().forEach(info -> panes.forEach(p -> p.refreshDetails(info)));
                }
            }
        });
    }

    public WorkspaceSession session() {
        return session;
    }

    public Annotating annotating() {
        return annotating;
    }

    /** The open panes, left to right (one to four). */
    public ObservableList<PaneModel> panes() {
        return FXCollections.unmodifiableObservableList(panes);
    }

    public ReadOnlyObjectProperty<PaneModel> focusedPaneProperty() {
        return focused.getReadOnlyProperty();
    }

    public PaneModel focusedPane() {
        return focused.get();
    }

    /** The focused pane's selected quote (null when none). */
    public ReadOnlyObjectProperty<Quote> selectedQuoteProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether quotes are coloured by verdict (else by speaker), in every pane. */
    public BooleanProperty colourByVerdictProperty() {
        return colourByVerdict;
    }

    public BooleanProperty quotesTableShownProperty() {
        return quotesTableShown;
    }

    /** How many articles were opened (counted when asked, before they load): a warm-up stops when a user opens one. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** A new empty pane to the right, focused; empty when {@link #MOST_PANES} are open already. */
    public Optional<PaneModel> addPane() {
        if (panes.size() >= MOST_PANES) {
            return Optional.empty();
        }
        PaneModel pane = new PaneModel();
        panes.add(pane);
        focus(pane);
        return Optional.of(pane);
    }

    /** Closes the focused pane; the last pane is emptied instead of closed. */
    public void closeFocusedPane() {
        PaneModel pane = focused.get();
        if (panes.size() == 1) {
            pane.show(null, List.of());
            return;
        }
        int index = panes.indexOf(pane);
        panes.remove(pane);
        focus(panes.get(Math.max(0, index - 1)));
    }

    public void focus(PaneModel pane) {
        if (panes.contains(pane)) {
            focused.set(pane);
        }
    }

    /** Opens an article in the focused pane, or in a new pane when asked (and there is room). */
    public void open(ArticleInfo info, boolean newPane) {
        openIn(newPane ? addPane().orElse(focusedPane()) : focusedPane(), info, Optional.empty());
    }

    /**
     * Loads an article and its quotes in the background and shows them in {@code target}, which gets
     * the focus (and the keyboard, in its text); then selects and shows the quote with {@code quoteId}.
     */
    public void openIn(PaneModel target, ArticleInfo info, Optional<Long> quoteId) {
        opened.set(opened.get() + 1);
        session.call("Opening " + info.metadata().title().orElse(info.sourceName()), ws -> new Loaded(ws.articles().get(info.id()),
                ws.quotes().ofArticle(info.id())), loaded -> {
                    target.show(loaded.article(), loaded.quotes());
                    focus(target);
                    target.askForKeyboard();
                    quoteId.flatMap(id -> loaded.quotes().stream().filter(q -> q.id() == id).findFirst()).ifPresent(target::reveal);
                });
    }

    /** Selects a quote in the focused pane and brings it into view. */
    public void select(Quote quote) {
        focusedPane().reveal(quote);
    }

    /** The next suggestion after the selected quote in the focused pane (wrapping around). */
    public void nextSuggestion() {
        focusedPane().nextWith(q -> q.status() == QuoteStatus.SUGGESTED).ifPresent(this::select);
    }

    /** The next (1) or previous (-1) quote in the focused pane. */
    public void step(int direction) {
        focusedPane().neighbour(direction).ifPresent(this::select);
    }

    /** Accepts or rejects the selected quote, then moves on to the next suggestion. */
    public void decide(QuoteStatus status) {
        Quote quote = selected.get();
        if (quote != null) {
            annotating.setStatus(List.of(quote), status, status == QuoteStatus.ACCEPTED ? "Accept" : "Reject");
            nextSuggestion();
        }
    }

    /** Accepts every suggestion in the focused pane as one step; false when there was none. */
    public boolean acceptAll() {
        List<Quote> suggestions = focusedPane().quotes().stream().filter(q -> q.status() == QuoteStatus.SUGGESTED).toList();
        if (suggestions.isEmpty()) {
            return false;
        }
        annotating.setStatus(suggestions, QuoteStatus.ACCEPTED, "Accept all");
        return true;
    }

    public void deleteSelected() {
        Optional.ofNullable(selected.get()).ifPresent(annotating::delete);
    }

    public void toggleColourMode() {
        colourByVerdict.set(!colourByVerdict.get());
    }

    public void toggleQuotesTable() {
        quotesTableShown.set(!quotesTableShown.get());
    }

    /** An article and its quotes, loaded together in the background. */
    private record Loaded(Article article, List<Quote> quotes) {
    }
}
