package org.quotebench.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.QuoteMarks.ColourMode;

class QuoteMarksTest {
    private static final Speaker VARGA = Quotes.speaker("3f2b8c1e-5d4a-4e7b-9a6c-1b2d3e4f5a6b", "Ilse Varga");

    private final Quote said = Quotes.quote(7, new Span(20, 40), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.OUT_OF_CONTEXT,
            Optional.of(VARGA), Optional.of(new Span(0, 10)), Optional.of(new Span(11, 15)));
    private final Quote reported = Quotes.quote(8, new Span(50, 70), QuoteKind.INDIRECT, QuoteStatus.SUGGESTED,
            Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.of(new Span(45, 49)));

    @Test
    void quotesGetASpeakerColourAndAStatusUnlessAccepted() {
        List<Mark> marks = QuoteMarks.of(List.of(said, reported), ColourMode.SPEAKER, OptionalLong.empty());
        String colour = "speaker-" + QuoteMarks.speakerColour(VARGA.uuid());
        assertThat(marks).containsExactly(new Mark(new Span(20, 40), "quote", colour),
                new Mark(new Span(50, 70), "quote", "suggested", "speaker-none"),
                new Mark(new Span(0, 10), "mention"), new Mark(new Span(11, 15), "cue"), new Mark(new Span(45, 49), "cue"));
    }

    @Test
    void verdictModeColoursByVerdict() {
        List<Mark> marks = QuoteMarks.of(List.of(said, reported), ColourMode.VERDICT, OptionalLong.empty());
        assertThat(marks.get(0).styleClasses()).containsExactly("quote", "verdict-out-of-context");
        assertThat(marks.get(1).styleClasses()).contains("verdict-unchecked");
        assertThat(QuoteMarks.verdictClass(Verdict.ACCURATE)).isEqualTo("verdict-accurate");
    }

    @Test
    void theSelectedQuoteAndItsPartsAreMarked() {
        List<Mark> marks = QuoteMarks.of(List.of(said, reported), ColourMode.SPEAKER, OptionalLong.of(7));
        assertThat(marks.get(0).styleClasses()).endsWith("selected");
        assertThat(marks.get(1).styleClasses()).doesNotContain("selected");
        assertThat(marks.subList(2, 5)).containsExactly(new Mark(new Span(0, 10), "mention", "selected-part"),
                new Mark(new Span(11, 15), "cue", "selected-part"), new Mark(new Span(45, 49), "cue"));
    }

    @Test
    void speakerColoursAreStableAndSpread() {
        // Pinned: a changed function would recolour every speaker in every workspace.
        assertThat(QuoteMarks.speakerColour("3f2b8c1e-5d4a-4e7b-9a6c-1b2d3e4f5a6b")).isEqualTo(
                QuoteMarks.speakerColour(" 3F2B8C1E-5D4A-4E7B-9A6C-1B2D3E4F5A6B "));
        assertThat(List.of(QuoteMarks.speakerColour("00000000-0000-4000-8000-000000000001"),
                QuoteMarks.speakerColour("00000000-0000-4000-8000-000000000002"),
                QuoteMarks.speakerColour("3f2b8c1e-5d4a-4e7b-9a6c-1b2d3e4f5a6b")))
                .as("FNV-1a of the lower-case UUID, modulo 12").containsExactly(10, 11, 9);
        int[] counts = new int[QuoteMarks.SPEAKER_COLOURS];
        Random random = new Random(3);
        for (int i = 0; i < 12_000; i++) {
            counts[QuoteMarks.speakerColour(new UUID(random.nextLong(), random.nextLong()).toString())]++;
        }
        for (int count : counts) {
            assertThat(count).isBetween(800, 1200);
        }
        Set<Integer> neighbours = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            neighbours.add(QuoteMarks.speakerColour(String.format("00000000-0000-4000-8000-%012d", i)));
        }
        assertThat(neighbours).as("UUIDs one digit apart").hasSizeGreaterThan(5);
    }

    @Test
    void quoteAtPicksTheInnermostQuote() {
        List<Quote> quotes = List.of(Quotes.quote(1, 0, 100), Quotes.quote(2, 10, 30), Quotes.quote(3, 15, 20),
                Quotes.quote(4, 60, 80));
        assertThat(QuoteMarks.quoteAt(quotes, 5)).hasValue(1);
        assertThat(QuoteMarks.quoteAt(quotes, 10)).hasValue(2);
        assertThat(QuoteMarks.quoteAt(quotes, 17)).hasValue(3);
        assertThat(QuoteMarks.quoteAt(quotes, 20)).hasValue(2);
        assertThat(QuoteMarks.quoteAt(quotes, 79)).hasValue(4);
        assertThat(QuoteMarks.quoteAt(quotes, 100)).isEmpty();
        assertThat(QuoteMarks.quoteAt(List.of(), 0)).isEmpty();
    }

    @Test
    void quoteAtBreaksTiesByLaterStartThenLowerId() {
        List<Quote> quotes = List.of(Quotes.quote(9, 0, 10), Quotes.quote(5, 5, 15), Quotes.quote(4, 5, 15));
        assertThat(QuoteMarks.quoteAt(quotes, 7)).hasValue(4);
        assertThat(QuoteMarks.quoteAt(quotes, 3)).hasValue(9);
    }

    @Test
    void marksFeedTheHighlighter() {
        List<Quote> quotes = new ArrayList<>(List.of(said, reported));
        quotes.add(Quotes.quote(9, 25, 30));
        List<Mark> marks = QuoteMarks.of(quotes, ColourMode.VERDICT, OptionalLong.empty());
        List<Run> runs = HighlightRuns.of(80, DisplayText.of("x".repeat(80)), marks, QuoteMarks.QUOTE);
        assertThat(runs).extracting(Run::length).containsExactly(10, 1, 4, 5, 5, 5, 10, 5, 4, 1, 20, 10);
        assertThat(runs.get(5).styleClasses()).containsExactly("quote", "verdict-out-of-context", "verdict-unchecked",
                "depth-2");
    }

    /** Issue 20: two speakers in one view never share a colour, whatever their UUIDs' own colours; each keeps its own where it can. */
    @Test
    void speakersInOneViewNeverShareAColour() {
        // Find two speakers whose own colours collide, as "district" and "Nasser Kanaani" did.
        Speaker first = Quotes.speaker("00000000-0000-4000-8000-000000000000", "Renée Okafor");
        Speaker second = null;
        for (int i = 1; second == null; i++) {
            String uuid = String.format("00000000-0000-4000-8000-%012d", i);
            if (QuoteMarks.speakerColour(uuid) == QuoteMarks.speakerColour(first.uuid())) {
                second = Quotes.speaker(uuid, "Tom Hale");
            }
        }
        List<Quote> view = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>(List.of(first, second));
        for (int i = 0; i < 10; i++) {
            speakers.add(Quotes.speaker(new UUID(i, i * 7919L).toString(), "Speaker " + i));
        }
        for (int i = 0; i < speakers.size(); i++) {
            view.add(Quotes.quote(i + 1, new Span(i * 10, i * 10 + 5), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                    Optional.of(speakers.get(i)), Optional.empty(), Optional.empty()));
        }
        Set<String> colours = new HashSet<>();
        for (Mark mark : QuoteMarks.of(view, ColourMode.SPEAKER, OptionalLong.empty())) {
            mark.styleClasses().stream().filter(c -> c.startsWith("speaker-")).forEach(colours::add);
        }
        assertThat(colours).as("12 speakers, 12 colours").hasSize(12);
        // Alone in an article, a speaker has its own colour (stable across articles).
        List<Quote> alone = List.of(view.get(1));
        assertThat(QuoteMarks.of(alone, ColourMode.SPEAKER, OptionalLong.empty()).get(0).styleClasses())
                .contains("speaker-" + QuoteMarks.speakerColour(second.uuid()));
    }
}
