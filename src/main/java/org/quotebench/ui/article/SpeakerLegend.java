package org.quotebench.ui.article;

import org.quotebench.ui.jobs.Jobs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.QuoteMarks;
import org.reactfx.EventSource;

/**
 * A small legend of the focused pane's highlights: a swatch and a name per speaker with quotes in its
 * article (most quoted first, in the colours the text uses), or per verdict when quotes are coloured by
 * verdict. It follows the colours the pane last applied, so nothing is placed a second time.
 */
public final class SpeakerLegend extends VBox {
    /** At most this many lines of speakers; past it the last line says "+N more". */
    static final int MOST = 6;
    static final String NO_SPEAKER = "No speaker yet";

    /** The quotes a pane's text shows highlighted, the colour mode, and the speakers' colour classes placed for them. */
    public record Colouring(List<Quote> quotes, QuoteMarks.ColourMode mode, Map<String, String> colours) {
        static final Colouring NONE = new Colouring(List.of(), QuoteMarks.ColourMode.SPEAKER, Map.of());
    }

    /** One line of the legend: a name, the style class of its colour, and how many quotes have it. */
    public record Entry(String name, String colourClass, int quotes) {
    }

    /** What the legend shows: its heading, its lines, those left behind "+N more", and the quotes without a speaker, last. */
    public record Legend(String heading, List<Entry> shown, List<Entry> more, Optional<Entry> unattributed) {
        static final Legend EMPTY = new Legend("", List.of(), List.of(), Optional.empty());

        boolean isEmpty() {
            return shown.isEmpty() && unattributed.isEmpty();
        }
    }

    private final Label heading = new Label();
    private final VBox lines = new VBox(3);
    private final Tooltip moreTip = new Tooltip();
    private final List<LegendLine> rows = new ArrayList<>();
    /** The colourings to show, in order; each legend is worked out off the FX thread and only the latest is shown. */
    private final EventSource<Colouring> colourings = new EventSource<>();
    private final ChangeListener<Colouring> onColouring = (obs, old, now) -> colourings.push(now);
    private ArticlePane followed;
    private Legend shown = Legend.EMPTY;

    /** A legend of whichever pane is focused. */
    public SpeakerLegend(ObservableValue<ArticlePane> focused) {
        getStyleClass().add("speaker-legend");
        setId("speaker-legend");
        heading.getStyleClass().add("section-title");
        getChildren().addAll(heading, lines);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        // Counting 10,000 quotes takes a fraction of a millisecond, but not on the FX thread while a mark is shown.
        colourings.mapToCompletionStage(colouring -> Jobs.compute(() -> of(colouring, MOST))).awaitLatest()
                .subscribe(legend -> {
                    if (legend.isSuccess()) {
                        show(legend.get());
                    } else {
                        System.getLogger(SpeakerLegend.class.getName()).log(System.Logger.Level.WARNING, "No legend", legend.getFailure());
                    }
                });
        focused.addListener((obs, old, pane) -> follow(pane));
        follow(focused.getValue());
    }

    private void follow(ArticlePane pane) {
        if (followed != null) {
            followed.colouringProperty().removeListener(onColouring);
        }
        followed = pane;
        if (pane != null) {
            pane.colouringProperty().addListener(onColouring);
        }
        colourings.push(pane == null ? Colouring.NONE : pane.colouringProperty().get());
    }

    /** What the legend shows now (tests). */
    public Legend legend() {
        return shown;
    }

    private void show(Legend legend) {
        if (legend.equals(shown)) {
            return; // selecting another quote restyles the text, not the legend
        }
        shown = legend;
        heading.setText(legend.heading());
        List<String[]> wanted = new ArrayList<>(legend.shown().size() + 2);
        legend.shown().forEach(entry -> wanted.add(line(entry)));
        int more = -1;
        if (!legend.more().isEmpty()) {
            more = wanted.size();
            wanted.add(new String[] {null, "+" + legend.more().size() + " more", ""});
            StringBuilder names = new StringBuilder();
            legend.more().forEach(e -> names.append(names.isEmpty() ? "" : "\n").append(e.name()).append(" · ").append(e.quotes()));
            moreTip.setText(names.toString());
        }
        legend.unattributed().ifPresent(entry -> wanted.add(line(entry)));
        // Lines are kept and changed in place: marking a quote changes a count, and new nodes would each be styled again.
        while (rows.size() < wanted.size()) {
            rows.add(new LegendLine());
        }
        for (int i = 0; i < wanted.size(); i++) {
            rows.get(i).show(wanted.get(i), i == more ? moreTip : null);
        }
        if (lines.getChildren().size() != wanted.size()) {
            lines.getChildren().setAll(rows.subList(0, wanted.size()).stream().map(LegendLine::box).toList());
        }
        setVisible(!legend.isEmpty());
    }

    private static String[] line(Entry entry) {
        return new String[] {entry.colourClass(), entry.name(), Integer.toString(entry.quotes())};
    }

    /**
     * The legend for a pane's colouring: by speaker, one entry per speaker (most quotes first, then by
     * name) in the colour placed for it, and how many quotes have none; by verdict, one entry per verdict
     * present, in the verdicts' order. When there are more than {@code most} speakers, the first
     * {@code most - 1} are shown and the rest are behind "+N more"; empty when there are no quotes.
     */
    static Legend of(Colouring colouring, int most) {
        List<Quote> quotes = colouring.quotes();
        if (quotes.isEmpty()) {
            return Legend.EMPTY;
        }
        if (colouring.mode() == QuoteMarks.ColourMode.VERDICT) {
            return new Legend("Verdicts in this article", byVerdict(quotes), List.of(), Optional.empty());
        }
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Speaker> named = new HashMap<>();
        int unattributed = 0;
        for (int i = 0, n = quotes.size(); i < n; i++) { // a plain loop: it runs over 10,000 quotes after each change
            Optional<Speaker> speaker = quotes.get(i).speaker();
            if (speaker.isEmpty()) {
                unattributed++;
                continue;
            }
            int[] count = counts.get(speaker.get().uuid());
            if (count == null) {
                counts.put(speaker.get().uuid(), new int[] {1});
                named.put(speaker.get().uuid(), speaker.get());
            } else {
                count[0]++;
            }
        }
        List<Entry> ranked = new ArrayList<>(counts.size());
        named.forEach((uuid, speaker) -> ranked.add(new Entry(speaker.name(), colourOf(speaker, colouring.colours()),
                counts.get(uuid)[0])));
        ranked.sort(Comparator.comparingInt(Entry::quotes).reversed()
                .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Entry::colourClass));
        int fit = ranked.size() > most ? most - 1 : ranked.size();
        // Quotes without a speaker always show: they are work still to do.
        return new Legend("Speakers in this article", List.copyOf(ranked.subList(0, fit)), List.copyOf(ranked.subList(fit, ranked.size())),
                unattributed > 0 ? Optional.of(new Entry(NO_SPEAKER, QuoteMarks.SPEAKER_NONE, unattributed)) : Optional.empty());
    }

    private static String colourOf(Speaker speaker, Map<String, String> colours) {
        String placed = colours.get(speaker.uuid());
        return placed != null ? placed : QuoteMarks.speakerClass(Optional.of(speaker));
    }

    private static List<Entry> byVerdict(List<Quote> quotes) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int i = 0, n = quotes.size(); i < n; i++) {
            counts.merge(quotes.get(i).verdict(), 1, Integer::sum);
        }
        List<Entry> entries = new ArrayList<>();
        counts.forEach((verdict, count) -> entries.add(new Entry(verdict.code().replace('-', ' '), QuoteMarks.verdictClass(verdict),
                count)));
        return List.copyOf(entries);
    }
}
