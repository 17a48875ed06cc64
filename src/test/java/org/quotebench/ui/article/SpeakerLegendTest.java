package org.quotebench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.ui.text.QuoteMarks;

/** The legend's lines, computed without a window from a pane's quotes and the colours placed for them. */
class SpeakerLegendTest {
    private long ids;

    @Test
    void oneLinePerSpeakerMostQuotedFirstInTheColoursPlacedForTheArticle() {
        Speaker okafor = speaker("Renée Okafor");
        Speaker hale = speaker("Tom Hale");
        Speaker varga = speaker("Ines Varga");
        List<Quote> quotes = new ArrayList<>();
        quotes.add(quote(hale, Verdict.UNCHECKED));
        quotes.add(quote(okafor, Verdict.UNCHECKED));
        quotes.add(quote(varga, Verdict.UNCHECKED));
        quotes.add(quote(okafor, Verdict.UNCHECKED));
        quotes.add(quote(null, Verdict.UNCHECKED));
        quotes.add(quote(okafor, Verdict.UNCHECKED));
        quotes.add(quote(varga, Verdict.UNCHECKED));
        // Colours as the pane placed them (not each speaker's own colour): the legend shows these.
        Map<String, String> placed = Map.of(okafor.uuid(), "speaker-7", hale.uuid(), "speaker-3", varga.uuid(), "speaker-11");

        SpeakerLegend.Legend legend = SpeakerLegend.of(new SpeakerLegend.Colouring(quotes, QuoteMarks.ColourMode.SPEAKER, placed), 6);

        assertThat(legend.heading()).isEqualTo("Speakers in this article");
        assertThat(legend.shown()).containsExactly(new SpeakerLegend.Entry("Renée Okafor", "speaker-7", 3),
                new SpeakerLegend.Entry("Ines Varga", "speaker-11", 2), new SpeakerLegend.Entry("Tom Hale", "speaker-3", 1));
        assertThat(legend.more()).isEmpty();
        assertThat(legend.unattributed()).contains(new SpeakerLegend.Entry(SpeakerLegend.NO_SPEAKER, QuoteMarks.SPEAKER_NONE, 1));
    }

    @Test
    void theColoursAreThoseTheTextUsesWhenTwoSpeakersOwnColoursCollide() {
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; speakers.size() < 2; i++) { // two speakers whose own colours are the same
            Speaker candidate = speaker("Speaker " + i);
            if (speakers.isEmpty() || QuoteMarks.speakerColour(candidate.uuid()) == QuoteMarks.speakerColour(speakers.get(0).uuid())) {
                speakers.add(candidate);
            }
        }
        List<Quote> quotes = List.of(quote(speakers.get(0), Verdict.UNCHECKED), quote(speakers.get(1), Verdict.UNCHECKED));
        Map<String, String> placed = QuoteMarks.coloursInView(quotes);

        SpeakerLegend.Legend legend = SpeakerLegend.of(new SpeakerLegend.Colouring(quotes, QuoteMarks.ColourMode.SPEAKER, placed), 6);

        assertThat(legend.shown()).extracting(SpeakerLegend.Entry::colourClass).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(placed.get(speakers.get(0).uuid()), placed.get(speakers.get(1).uuid()));
    }

    @Test
    void pastTheCapTheLeastQuotedAreBehindMore() {
        List<Quote> quotes = new ArrayList<>();
        for (int s = 0; s < 9; s++) {
            Speaker speaker = speaker("Speaker " + (char) ('A' + s));
            for (int q = 0; q < 9 - s; q++) {
                quotes.add(quote(speaker, Verdict.UNCHECKED));
            }
        }
        quotes.add(quote(null, Verdict.UNCHECKED));

        SpeakerLegend.Legend legend = SpeakerLegend.of(new SpeakerLegend.Colouring(quotes, QuoteMarks.ColourMode.SPEAKER,
                QuoteMarks.coloursInView(quotes)), 6);

        assertThat(legend.shown()).extracting(SpeakerLegend.Entry::name).containsExactly("Speaker A", "Speaker B", "Speaker C",
                "Speaker D", "Speaker E");
        assertThat(legend.more()).extracting(SpeakerLegend.Entry::name).containsExactly("Speaker F", "Speaker G", "Speaker H",
                "Speaker I");
        assertThat(legend.unattributed()).isPresent();
        // Exactly as many speakers as fit: no "+1 more" taking the place of the last one.
        List<Quote> six = quotes.stream().filter(q -> q.speaker().map(s -> s.name().compareTo("Speaker G") < 0).orElse(false)).toList();
        assertThat(SpeakerLegend.of(new SpeakerLegend.Colouring(six, QuoteMarks.ColourMode.SPEAKER, Map.of()), 6).more()).isEmpty();
    }

    @Test
    void byVerdictItShowsTheVerdictsColoursInstead() {
        List<Quote> quotes = List.of(quote(speaker("Tom Hale"), Verdict.MISQUOTED), quote(null, Verdict.ACCURATE),
                quote(speaker("Ines Varga"), Verdict.MISQUOTED), quote(null, Verdict.OUT_OF_CONTEXT));

        SpeakerLegend.Legend legend = SpeakerLegend.of(new SpeakerLegend.Colouring(quotes, QuoteMarks.ColourMode.VERDICT, Map.of()), 6);

        assertThat(legend.heading()).isEqualTo("Verdicts in this article");
        assertThat(legend.unattributed()).isEmpty();
        assertThat(legend.shown()).containsExactly(new SpeakerLegend.Entry("accurate", "verdict-accurate", 1),
                new SpeakerLegend.Entry("misquoted", "verdict-misquoted", 2),
                new SpeakerLegend.Entry("out of context", "verdict-out-of-context", 1));
    }

    @Test
    void noQuotesNoLegend() {
        assertThat(SpeakerLegend.of(SpeakerLegend.Colouring.NONE, 6).isEmpty()).isTrue();
    }

    private Speaker speaker(String name) {
        long id = ++ids;
        return new Speaker(id, "5a1e0000-0000-4000-8000-" + String.format("%012d", id), name, SpeakerKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private Quote quote(Speaker speaker, Verdict verdict) {
        long id = ++ids;
        return new Quote(id, "00000000-0000-4000-8000-" + String.format("%012d", id), 1, new Span((int) id * 10, (int) id * 10 + 5), "",
                QuoteKind.DIRECT, QuoteStatus.ACCEPTED, verdict, Optional.empty(), Optional.ofNullable(speaker), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), "2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z");
    }
}
