package org.quotebench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.DisplayText;
import org.quotebench.ui.text.QuoteMarks;

/** A patch must give, in its stretch, exactly the styles that restyling the whole text would. */
class StylePatchTest {
    private static final String TEXT = ("“The tide will turn,” the harbour master said. " + "x".repeat(30) + " ").repeat(200);
    private final Random random = new Random(7);
    private int speakers = 5;

    @Test
    void patchesAgreeWithAFullRestyle() {
        DisplayText display = DisplayText.of(TEXT, 200);
        int split = 0;
        int keptRounds = 0;
        for (int round = 0; round < 300; round++) {
            List<Quote> before = quotes(20 + random.nextInt(20));
            Optional<Quote> selectedBefore = pick(before);
            List<Quote> after = new ArrayList<>(before);
            switch (random.nextInt(4)) {
                case 0 -> after.add(quote(1000 + round)); // mark
                case 1 -> after.remove(random.nextInt(after.size())); // delete
                case 2 -> after.set(0, withStatus(after.get(0), QuoteStatus.ACCEPTED)); // accept
                default -> { } // only the selection moves
            }
            Optional<Quote> selectedAfter = pick(after);
            Optional<StylePatch> patch = StylePatch.between(display, before, selectedBefore, after, selectedAfter,
                    QuoteMarks.ColourMode.SPEAKER);
            assertThat(patch).isPresent();
            StyleSpans<Collection<String>> full = PaneStyles.of(display, after, QuoteMarks.ColourMode.SPEAKER, selectedAfter);
            StyleSpans<Collection<String>> old = PaneStyles.of(display, before, QuoteMarks.ColourMode.SPEAKER, selectedBefore);
            assertThat(applied(old, patch.get())).isEqualTo(perChar(full));
            split += patch.get().pieces().size() > 1 ? 1 : 0;
            // The FX thread's shortcut, with the colours placed before, gives the same text where it applies.
            Optional<StylePatch> kept = StylePatch.keepingColours(display, before, selectedBefore, QuoteMarks.coloursInView(before),
                    after, selectedAfter, QuoteMarks.ColourMode.SPEAKER);
            if (kept.isPresent()) {
                assertThat(applied(old, kept.get())).isEqualTo(perChar(full));
                keptRounds++;
            }
        }
        assertThat(split).as("rounds where far-apart changes were separate pieces").isGreaterThan(10);
        assertThat(keptRounds).as("rounds the FX thread's shortcut took").isGreaterThan(100);
    }

    /** With more speakers than colours, a speaker coming or going can move another's colour: then the whole article is restyled. */
    @Test
    void aPatchAgreesWithAFullRestyleWhenSpeakersMoveColours() {
        DisplayText display = DisplayText.of(TEXT, 200);
        speakers = 14;
        int full = 0;
        for (int round = 0; round < 300; round++) {
            List<Quote> before = quotes(10 + random.nextInt(10));
            List<Quote> after = new ArrayList<>(before);
            if (random.nextBoolean()) {
                after.add(quote(1000 + round));
            } else {
                after.remove(random.nextInt(after.size()));
            }
            Optional<StylePatch> patch = StylePatch.between(display, before, Optional.empty(), after, Optional.empty(),
                    QuoteMarks.ColourMode.SPEAKER);
            if (patch.isEmpty()) {
                full++;
                continue;
            }
            assertThat(applied(PaneStyles.of(display, before, QuoteMarks.ColourMode.SPEAKER, Optional.empty()), patch.get())).isEqualTo(perChar(PaneStyles.of(display, after, QuoteMarks.ColourMode.SPEAKER, Optional.empty())));
        }
        assertThat(full).as("rounds where a colour moved").isBetween(1, 299);
    }

    /** Colours carried over from the last styling are exactly those a fresh placement gives, whatever changed. */
    @Test
    void coloursCarriedOverAgreeWithAFreshPlacement() {
        speakers = 14;
        int reused = 0;
        for (int round = 0; round < 500; round++) {
            List<Quote> before = quotes(1 + random.nextInt(20));
            java.util.Map<String, String> placed = QuoteMarks.coloursInView(before);
            List<Quote> after = new ArrayList<>(before);
            switch (random.nextInt(5)) {
                case 0 -> after.add(withoutSpeaker(quote(1000 + round))); // a new mark has no speaker yet
                case 1 -> after.add(quote(1000 + round)); // a found quote may bring a speaker
                case 2 -> after.remove(random.nextInt(after.size())); // may take a speaker's last quote away
                case 3 -> after.set(0, withStatus(after.get(0), QuoteStatus.ACCEPTED));
                default -> after = quotes(1 + random.nextInt(20)); // another article
            }
            java.util.Map<String, String> colours = StylePatch.colours(before, placed, after);
            assertThat(colours).isEqualTo(QuoteMarks.coloursInView(after));
            reused += colours == placed ? 1 : 0;
        }
        assertThat(reused).as("rounds where the placed colours were kept").isBetween(100, 499);
    }

    private static Quote withoutSpeaker(Quote q) {
        return new Quote(q.id(), q.uuid(), q.articleId(), q.span(), q.exact(), q.kind(), q.status(), q.verdict(), q.note(),
                Optional.empty(), q.mention(), q.cue(), q.events(), q.annotator(), q.createdAt(), q.updatedAt());
    }

    @Test
    void tooManyChangesMeanAFullRestyle() {
        DisplayText display = DisplayText.of(TEXT, 200);
        List<Quote> many = quotes(StylePatch.MOST_CHANGED + 1);
        assertThat(StylePatch.between(display, List.of(), Optional.empty(), many, Optional.empty(),
                QuoteMarks.ColourMode.SPEAKER)).isEmpty();
    }

    private List<Quote> quotes(int count) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quotes.add(quote(i));
        }
        return quotes;
    }

    private Quote quote(long id) {
        int start = random.nextInt(TEXT.length() - 60);
        Span span = new Span(start, start + 1 + random.nextInt(50));
        int at = random.nextInt(TEXT.length() - 10);
        Optional<Span> mention = random.nextBoolean() ? Optional.of(new Span(at, at + 5)) : Optional.empty();
        long who = id % speakers;
        Speaker speaker = new Speaker(who, "speaker-" + who, "Speaker " + who, SpeakerKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return new Quote(id, "q" + id, 1, span, TEXT.substring(span.start(), span.end()), QuoteKind.DIRECT,
                QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), Optional.of(speaker), mention, Optional.empty(),
                List.of(), Optional.empty(), "t", "t");
    }

    private static Quote withStatus(Quote q, QuoteStatus status) {
        return new Quote(q.id(), q.uuid(), q.articleId(), q.span(), q.exact(), q.kind(), status, q.verdict(), q.note(),
                q.speaker(), q.mention(), q.cue(), q.events(), q.annotator(), q.createdAt(), q.updatedAt());
    }

    private Optional<Quote> pick(List<Quote> quotes) {
        return quotes.isEmpty() || random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(quotes.get(random.nextInt(quotes.size())));
    }

    /** The styles of {@code old}, character by character, with the patch's pieces put over them. */
    private static List<String> applied(StyleSpans<Collection<String>> old, StylePatch patch) {
        List<String> styles = perChar(old);
        for (StylePatch.Piece piece : patch.pieces()) {
            List<String> inPatch = perChar(piece.spans());
            for (int i = 0; i < inPatch.size(); i++) {
                styles.set(piece.start() + i, inPatch.get(i));
            }
        }
        return styles;
    }

    private static List<String> perChar(StyleSpans<Collection<String>> spans) {
        List<String> styles = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            List<String> sorted = new ArrayList<>(span.getStyle());
            sorted.sort(null);
            for (int i = 0; i < span.getLength(); i++) {
                styles.add(String.join(" ", sorted));
            }
        }
        return styles;
    }
}
