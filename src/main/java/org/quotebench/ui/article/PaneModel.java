package org.quotebench.ui.article;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;

/** What one article pane shows: its article, that article's quotes, and the selected quote. No nodes. */
public final class PaneModel {
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    /** The shown article's details as last stored (title, outlet…): an edit changes them, never the text. */
    private final ObjectProperty<org.quotebench.core.ArticleInfo> details = new SimpleObjectProperty<>();
    private final ObservableList<Quote> quotes = FXCollections.observableArrayList();
    private final ObjectProperty<Quote> selected = new SimpleObjectProperty<>();
    /** The view's ways to show a quote (scroll to it) and to take the keyboard: the model asks, the view does. */
    private final List<java.util.function.Consumer<Quote>> revealers = new java.util.ArrayList<>();
    private final List<Runnable> keyboardTakers = new java.util.ArrayList<>();

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public Optional<Article> article() {
        return Optional.ofNullable(article.get());
    }

    public ObservableList<Quote> quotes() {
        return quotes;
    }

    /** The shown article's details (null when none is shown); follows edits of its title, outlet and the rest. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.quotebench.core.ArticleInfo> detailsProperty() {
        return details;
    }

    /** Takes an article's new details if this pane shows that article. */
    public void refreshDetails(org.quotebench.core.ArticleInfo fresh) {
        if (article.get() != null && article.get().id() == fresh.id() && !fresh.equals(details.get())) {
            details.set(fresh);
        }
    }

    public ObjectProperty<Quote> selectedProperty() {
        return selected;
    }

    public Optional<Quote> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** Selects a quote and asks the view to bring it into view. */
    public void reveal(Quote quote) {
        selected.set(quote);
        revealers.forEach(r -> r.accept(quote));
    }

    /** Asks the view to put the keyboard into this pane's text. */
    public void askForKeyboard() {
        keyboardTakers.forEach(Runnable::run);
    }

    /** How the view brings a quote into view when {@link #reveal} asks. */
    public void onReveal(java.util.function.Consumer<Quote> revealer) {
        revealers.add(revealer);
    }

    /** How the view takes the keyboard when {@link #askForKeyboard} asks. */
    public void onKeyboardWanted(Runnable taker) {
        keyboardTakers.add(taker);
    }

    /** Shows an article with its quotes; nothing is selected. */
    public void show(Article shown, List<Quote> itsQuotes) {
        selected.set(null);
        quotes.setAll(itsQuotes);
        details.set(shown == null ? null : shown.info());
        article.set(shown);
    }

    /**
     * Puts a changed or new quote in place (by id). A new quote is selected; a changed one stays
     * selected if it was, and otherwise leaves the selection where the user has moved it since.
     */
    public void put(Quote quote) {
        if (article.get() == null || quote.articleId() != article.get().id()) {
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).id() == quote.id()) {
                quotes.set(i, quote);
                if (selected.get() != null && selected.get().id() == quote.id()) {
                    selected.set(quote);
                }
                return;
            }
        }
        int at = 0;
        while (at < quotes.size() && compare(quotes.get(at), quote) < 0) {
            at++;
        }
        quotes.add(at, quote);
        selected.set(quote);
    }

    /**
     * Brings this pane's quotes up to date with the store's (another program changed them): changed
     * and new ones put in place, vanished ones taken out; the selection stays on its quote while it exists.
     */
    public void reconcile(List<Quote> stored) {
        if (article.get() == null) {
            return;
        }
        java.util.Map<Long, Quote> present = new java.util.HashMap<>();
        stored.forEach(q -> present.put(q.id(), q));
        List.copyOf(quotes).stream().filter(q -> !present.containsKey(q.id())).forEach(q -> remove(q.id()));
        Optional<Long> selectedId = selected().map(Quote::id);
        for (Quote quote : stored) {
            if (!quotes.contains(quote)) {
                put(quote);
            }
        }
        selected.set(selectedId.map(present::get).orElse(null));
    }

    /** Adds a quote of this pane's article (or replaces it by id) without changing the selection. */
    public void add(Quote quote) {
        Quote kept = selected.get();
        put(quote);
        selected.set(kept);
    }

    /** The next quote after the selection (wrapping around) that passes the test. */
    public Optional<Quote> nextWith(java.util.function.Predicate<Quote> test) {
        int from = selected.get() == null ? -1 : indexOf(selected.get().id());
        for (int step = 1; step <= quotes.size(); step++) {
            Quote candidate = quotes.get(Math.floorMod(from + step, quotes.size()));
            if (test.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Takes a deleted quote out; the selection moves off it. */
    public void remove(long quoteId) {
        // The selection goes first: a table showing the list would otherwise move it to a neighbour.
        if (selected.get() != null && selected.get().id() == quoteId) {
            selected.set(null);
        }
        quotes.removeIf(q -> q.id() == quoteId);
    }

    /** The quote after (or before) the selected one, in text order, wrapping around. */
    public Optional<Quote> neighbour(int direction) {
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        int index = selected.get() == null ? (direction > 0 ? -1 : quotes.size()) : indexOf(selected.get().id());
        int next = Math.floorMod(index + direction, quotes.size());
        return Optional.of(quotes.get(next));
    }

    private int indexOf(long id) {
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static int compare(Quote a, Quote b) {
        int byStart = Integer.compare(a.span().start(), b.span().start());
        return byStart != 0 ? byStart : Integer.compare(a.span().end(), b.span().end());
    }
}
