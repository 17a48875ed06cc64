package org.quotebench.ui.article;

import org.quotebench.ui.jobs.Jobs;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.quotebench.core.Article;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

/**
 * One article on screen: a header and the read-only text with its quotes highlighted. Styles are
 * computed off the FX thread and applied in one call, the latest computation winning; a small patch
 * (a mark, a delete, another selection) is worked out and applied at once.
 */
public final class ArticlePane extends VBox {
    /** Very long paragraphs are shown in chunks of about this many characters (offsets unchanged). */
    public static final int DISPLAY_CHUNK = 1500;
    private static final javafx.scene.input.KeyCombination COPY = javafx.scene.input.KeyCombination.keyCombination("Shortcut+C");

    private final PaneModel model;
    private final ArticleHeader header;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    /** Speaker, kind and verdict of the quote under the mouse; made on first hover. */
    private Tooltip hover;
    private final FindBar findBar;
    private final StackPane body;
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll;
    private final AtomicLong generation = new AtomicLong();
    private final javafx.beans.property.ReadOnlyLongWrapper styled = new javafx.beans.property.ReadOnlyLongWrapper();
    private DisplayText display = DisplayText.of("", DISPLAY_CHUNK);
    /** The styles now in the area, or null when not known (new text): restyles apply only what differs. */
    private StyleSpans<Collection<String>> shownSpans;
    private List<Quote> shownQuotes;
    private Optional<Quote> shownSelected = Optional.empty();
    private QuoteMarks.ColourMode shownMode;
    private Map<String, String> shownColours = Map.of();
    /** The quotes as last copied for a restyle; null once they change. Selecting another quote then copies none. */
    private List<Quote> quotesCopy;
    private final javafx.beans.property.ReadOnlyObjectWrapper<SpeakerLegend.Colouring> colouring =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(SpeakerLegend.Colouring.NONE);
    private boolean restylePending;
    private Quote pendingReveal;
    private QuoteMarks.ColourMode colourBy = QuoteMarks.ColourMode.SPEAKER;

    /** What the header's "Edit details" button does. */
    public void onEditDetails(Runnable action) {
        header.onEdit(action);
    }

    /** A pane with a model of its own (warm-ups, training). */
    public ArticlePane() {
        this(new PaneModel());
    }

    /** The view of a pane of the workbench: it shows {@code model} and does what it asks (reveal a quote, take the keyboard). */
    public ArticlePane(PaneModel model) {
        this.model = model;
        model.onReveal(this::reveal);
        model.onKeyboardWanted(area::requestFocus);
        getStyleClass().add("article-pane");
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        // A restyle asked for in this turn runs before the next frame is laid out at the latest, so the
        // highlight is in the frame that shows the change (the table's new row), not one after it.
        Jobs.beforeEveryLayout(this, this::runPendingRestyle);
        // The text never changes: an undo manager would only keep every restyle (and every replaced
        // article) alive, and Ctrl+Z is the window's own undo.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        header = new ArticleHeader(model);
        findBar = new FindBar(() -> model.article().map(Article::text).orElse(""), this::showMatch);
        Label placeholder = new Label("Double-click an article in the library to read it here.\n"
                + "Ctrl+Enter opens it in a new pane, side by side.");
        placeholder.getStyleClass().add("pane-placeholder");
        // The text area joins the scene with the first article or when the window is idle (prepare()):
        // an empty pane's first frame does not style it.
        body = new StackPane(placeholder);
        this.scroll = scroll;
        placeholder.visibleProperty().bind(model.articleProperty().isNull());
        scroll.visibleProperty().bind(model.articleProperty().isNotNull());
        model.articleProperty().addListener((obs, old, article) -> {
            if (article != null) {
                prepare();
            }
        });
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, findBar, body);
        model.articleProperty().addListener((obs, old, article) -> showText(article));
        model.quotes().addListener((javafx.collections.ListChangeListener<Quote>) change -> {
            quotesCopy = null;
            restyle();
        });
        model.selectedProperty().addListener((obs, old, quote) -> restyle());
        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && area.getSelection().getLength() == 0) {
                quoteAt(display.toArticle(area.getCaretPosition())).ifPresent(model.selectedProperty()::set);
            }
        });
        // Copy the article's own text: the display may have turned a space into a line break.
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event) && area.getSelection().getLength() > 0) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(display.articleSlice(area.getSelection().getStart(), area.getSelection().getEnd()));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            }
        });
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> showHover(event.getCharacterIndex(),
                event.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> {
            if (hover != null) {
                hover.hide();
            }
        });
    }

    public PaneModel model() {
        return model;
    }

    /** Puts the (hidden) text area into the scene, so that styling it does not wait for the first article. */
    public void prepare() {
        if (scroll.getParent() == null) {
            body.getChildren().add(0, scroll);
        }
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Colours the highlights by verdict, or by speaker (the panes follow one setting: {@link PanesView#colourByVerdictProperty}). */
    void colourByVerdict(boolean byVerdict) {
        QuoteMarks.ColourMode mode = byVerdict ? QuoteMarks.ColourMode.VERDICT : QuoteMarks.ColourMode.SPEAKER;
        if (mode != colourBy) {
            colourBy = mode;
            restyle();
        }
    }

    public boolean colourByVerdict() {
        return colourBy == QuoteMarks.ColourMode.VERDICT;
    }

    public void showFind() {
        findBar.open();
    }

    private void showMatch(Span match) {
        if (!loading()) {
            TextSelection.match(area, display, match);
        }
    }

    /** The selected text as an article span, trimmed of surrounding white space; empty when nothing is selected. */
    public Optional<Span> selectedSpan() {
        Optional<Article> article = model.article();
        return article.isEmpty() || loading() ? Optional.empty() : TextSelection.of(area, display, article.get().text());
    }

    /** Scrolls to a quote and selects its text (see {@link TextSelection#reveal}). */
    public void reveal(Quote quote) {
        if (loading()) {
            pendingReveal = quote; // shown once the article's text is in the area
            return;
        }
        TextSelection.reveal(area, display, quote);
    }

    private void showText(Article article) {
        if (article == null) {
            generation.incrementAndGet();
            display = DisplayText.of("", DISPLAY_CHUNK);
            area.clear();
            shownSpans = null;
            pendingReveal = null;
            colouring.set(SpeakerLegend.Colouring.NONE);
            return;
        }
        pendingReveal = null;
        restyle(); // the text comes with its highlights, built off the FX thread (see startRestyle)
    }

    /**
     * True while the area still shows another text than the pane's article (a new article's styled
     * text is being built): display offsets do not fit the article then.
     */
    private boolean loading() {
        return model.article().map(article -> article.text() != display.articleText()).orElse(false);
    }

    /**
     * Restyles once for all the changes of one FX event (marking a quote adds it and selects it): with
     * two cores the common pool runs one computation at a time, so a stale one would delay the latest.
     */
    private void restyle() {
        if (restylePending) {
            return;
        }
        restylePending = true;
        Jobs.onFx(this::runPendingRestyle);
    }

    /** Starts the restyle asked for, if it has not started yet (the next turn of the FX thread, or the next frame's layout). */
    private void runPendingRestyle() {
        if (restylePending) {
            restylePending = false;
            startRestyle();
        }
    }

    private void startRestyle() {
        Optional<Article> article = model.article();
        if (article.isEmpty()) {
            return;
        }
        long mine = generation.incrementAndGet();
        DisplayText shown = display;
        String text = article.get().text();
        boolean newText = text != shown.articleText(); // identity: is the area's text this very article's?
        var segOps = area.getSegOps();
        Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        if (quotesCopy == null) {
            quotesCopy = List.copyOf(model.quotes());
        }
        List<Quote> quotes = quotesCopy;
        Optional<Quote> selected = model.selected();
        QuoteMarks.ColourMode mode = colourBy;
        StyleSpans<Collection<String>> before = shownSpans;
        List<Quote> beforeQuotes = shownQuotes;
        Optional<Quote> beforeSelected = shownSelected;
        QuoteMarks.ColourMode beforeMode = shownMode;
        Map<String, String> beforeColours = shownColours;
        if (!newText && beforeQuotes != null && beforeMode == mode) {
            // A few quotes changed or another is selected, and no speaker's colour moves: the patch is small and
            // is applied at once, in the frame that shows the table's new row, instead of a frame or two later.
            Optional<StylePatch> patch = StylePatch.keepingColours(shown, beforeQuotes, beforeSelected, beforeColours, quotes,
                    selected, mode);
            if (patch.isPresent()) {
                apply(mine, shown, new Restyle(shown, null, null, null, patch.get(), quotes, selected, mode, beforeColours));
                return;
            }
        }
        Jobs.compute(() -> {
            if (mine != generation.get()) {
                return null; // already stale
            }
            // The speakers' colours, placed once for the whole article and kept with it for the next patch.
            Map<String, String> colours = mode != QuoteMarks.ColourMode.SPEAKER ? Map.of()
                    : StylePatch.colours(beforeMode == mode ? beforeQuotes : null, beforeColours, quotes);
            if (newText) {
                DisplayText next = DisplayText.of(text, DISPLAY_CHUNK);
                StyleSpans<Collection<String>> spans = PaneStyles.of(next, quotes, mode, selected, colours);
                return new Restyle(next, spans, null, PaneStyles.document(next, spans, segOps, paragraphStyle), null, quotes,
                        selected, mode, colours);
            }
            if (beforeQuotes != null && beforeMode == mode) {
                Optional<StylePatch> patch = StylePatch.between(shown, beforeQuotes, beforeSelected, beforeColours, quotes, selected,
                        colours, mode);
                if (patch.isPresent()) {
                    return new Restyle(shown, null, null, null, patch.get(), quotes, selected, mode, colours);
                }
            }
            StyleSpans<Collection<String>> spans = PaneStyles.of(shown, quotes, mode, selected, colours);
            List<Span> changed = before == null || before.length() != spans.length() ? null : PaneStyles.changes(before, spans);
            return new Restyle(shown, spans, changed, null, null, quotes, selected, mode, colours);
        }).thenAccept(restyle -> {
            if (restyle != null) {
                Jobs.onFx(() -> apply(mine, shown, restyle));
            }
        });
    }

    /**
     * New styles for the whole text, and the display ranges where they differ from those shown (null: all);
     * for a new text, the styled document to put in the area in one call.
     */
    private record Restyle(DisplayText display, StyleSpans<Collection<String>> spans, List<Span> changed,
            StyledDocument<Collection<String>, String, Collection<String>> document, StylePatch patch,
            List<Quote> quotes, Optional<Quote> selected, QuoteMarks.ColourMode mode, Map<String, String> colours) {
    }

    private void apply(long computed, DisplayText shown, Restyle restyle) {
        StyleSpans<Collection<String>> spans = restyle.spans();
        if (computed != generation.get() || shown != display) {
            return; // a newer computation is on its way
        }
        if (restyle.document() != null) {
            display = restyle.display();
            area.replace(0, area.getLength(), restyle.document());
            area.moveTo(0);
            area.requestFollowCaret();
            shownSpans = spans;
            remember(restyle);
            styled.set(computed);
            Quote reveal = pendingReveal;
            pendingReveal = null;
            if (reveal != null) {
                reveal(reveal);
            }
            return;
        }
        if (restyle.patch() != null) {
            RestyleInPlace.apply(area, restyle.patch());
            shownSpans = null; // no longer the whole picture: the next full restyle applies everywhere
            remember(restyle);
            styled.set(computed);
            return;
        }
        if (spans.length() != area.getLength()) {
            return;
        }
        // Only newer computations can apply in between, and they discard this one, so the area still shows `before`.
        RestyleInPlace.apply(area, restyle.changed() == null ? List.of(new Span(0, spans.length())) : restyle.changed(), spans);
        shownSpans = spans;
        remember(restyle);
        styled.set(computed);
    }

    /** What the area now shows, so that the next change can be applied as a patch. */
    private void remember(Restyle restyle) {
        if (restyle.quotes() != shownQuotes || restyle.mode() != shownMode || !restyle.colours().equals(shownColours)) {
            colouring.set(new SpeakerLegend.Colouring(restyle.quotes(), restyle.mode(), restyle.colours()));
        }
        shownQuotes = restyle.quotes();
        shownSelected = restyle.selected();
        shownMode = restyle.mode();
        shownColours = restyle.colours();
    }

    /** The quotes the text shows highlighted and the colours placed for them; changes with them, not with the selection (the legend). */
    public javafx.beans.property.ReadOnlyObjectProperty<SpeakerLegend.Colouring> colouringProperty() {
        return colouring.getReadOnlyProperty();
    }

    /** Counts style applications: it changes once the highlights on screen match the quotes (tests, benchmarks). */
    public javafx.beans.property.ReadOnlyLongProperty styledProperty() {
        return styled.getReadOnlyProperty();
    }

    /** Completes when the pane next applies styles (or fails after ten seconds: a lost styling must not hold anyone). */
    public CompletableFuture<Void> nextStyling() {
        CompletableFuture<Void> next = new CompletableFuture<>();
        styled.addListener(new ChangeListener<Number>() { // a change listener: an invalidation one misses unread changes
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                styled.removeListener(this);
                next.complete(null);
            }
        });
        return next.orTimeout(10, TimeUnit.SECONDS);
    }

    private Optional<Quote> quoteAt(int articleIndex) {
        List<Quote> quotes = List.copyOf(model.quotes());
        OptionalLong id = QuoteMarks.quoteAt(quotes, articleIndex);
        return id.isPresent() ? quotes.stream().filter(q -> q.id() == id.getAsLong()).findFirst() : Optional.empty();
    }

    private void showHover(int displayIndex, Point2D at) {
        quoteAt(display.toArticle(displayIndex)).ifPresent(quote -> {
            if (hover == null) {
                hover = new Tooltip();
            }
            hover.setText(quote.speaker().map(Speaker::name).orElse("No speaker yet") + "\n" + quote.kind().code() + " quote · "
                    + quote.status().code() + " · verdict: " + quote.verdict().code());
            hover.show(area, at.getX() + 8, at.getY() + 12);
        });
    }
}
