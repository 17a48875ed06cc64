package org.quotebench.suggest;

import org.quotebench.core.Suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void theBriefsExample() {
        String text = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n"
                + "“This was planned abroad,” Peskov said. “We will respond.”\n\n"
                + "“Nobody is fooled by this,” he said, without giving details.\n\n"
                + "“Our answer will be measured.”\n\n"
                + "He called the strike “a dramatic escalation” and the ministry said the damage was limited.";
        List<Suggestion> found = finder.find(text);
        // the first two quotations, which "Peskov said." interrupts, are one quote in two pieces
        assertThat(found).extracting(s -> s.fragments().stream().map(p -> text.substring(p.start(), p.end())).toList())
                .startsWith(List.of("This was planned abroad,", "We will respond."), List.of("Nobody is fooled by this,"),
                        List.of("Our answer will be measured."), List.of("a dramatic escalation"));
        assertThat(found).extracting(s -> s.speaker().orElse("-")).startsWith("Dmitry Peskov", "Dmitry Peskov",
                "Dmitry Peskov", "Dmitry Peskov");
        Suggestion first = found.get(0);
        assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first.role()).contains("Kremlin spokesman");
        assertThat(first.mention().map(m -> text.substring(m.start(), m.end()))).contains("Peskov");
        assertThat(first.cue().map(m -> text.substring(m.start(), m.end()))).contains("said");
        assertThat(found.get(3).kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(found).extracting(Suggestion::confidence).allMatch(c -> c > 0 && c <= 1);
        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    }

    @Test
    void spansAreJavaIndicesEvenAfterAnEmoji() {
        String text = "😀 “Hello,” Zara Quinn said.";
        Suggestion s = finder.find(text).get(0);
        assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("Hello,");
        CodePointIndex index = new CodePointIndex(text);
        assertThat(index.toCodePoint(s.span().start())).isEqualTo(s.span().start() - 1);
    }

    @Test
    void indirectQuotesHaveLowerConfidence() {
        String text = "“We are ready,” the minister said.\n\nThe ministry said that the bridge would reopen on Friday.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(Suggestion::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(found.get(1).confidence()).isLessThan(found.get(0).confidence());
    }

    @Test
    void emptyAndMarkFreeTexts() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("Nothing to see here.")).isEmpty();
        assertThatThrownBy(() -> finder.find(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void suggestionsCheckTheirFields() {
        assertThatThrownBy(() -> new Suggestion(new Span(0, 1), "x", QuoteKind.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty(), 1.5, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMegabyteOnOneLineIsReadInLinearTime() {
        // No timing assertion: a quadratic pass would take hours here and be stopped by the build's timeout.
        StringBuilder b = new StringBuilder();
        String chunk = "“We will,” said Anna Berg, and the ministry said that the road would reopen soon; 6\" of rain, "
                + "a “stray mark and ‘another, ";
        while (b.length() < 1_000_000) {
            b.append(chunk);
        }
        String text = b.toString();
        List<Suggestion> found = finder.find(text);
        assertThat(found).isNotEmpty();
        String noMarks = "word ".repeat(200_000);
        assertThat(finder.find(noMarks)).isEmpty();
        String allOpeners = "“".repeat(1_000_000);
        assertThat(finder.find(allOpeners)).isEmpty();
    }

    @Test
    void theFinderIsSafeToShareBetweenThreads() throws Exception {
        String text = "“Yes,” Peskov said. “No,” Lavrov said.";
        List<Suggestion> expected = finder.find(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    if (!finder.find(text).equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong.get()).isZero();
    }

    @Test
    void aQuoteAfterAnEmojiAtTheStartOfAParagraphIsStillDirect() {
        String text = "Ferry talks\n\n🚢 “We are not going back to sea tonight,” union leader Yusuf Demir told reporters.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.get(0).speaker()).contains("Yusuf Demir");
    }

    @Test
    void aPhraseCreditedToTheSentencesSubjectHasNoEmptyCue() {
        // No speech verb: the subject is the speaker, and there is no cue word to give (an empty cue is refused by the store).
        String text = "Councillor Holt has gone after the mayor as a “tin-pot tyrant” all week.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s -> {
            s.cue().ifPresent(cue -> assertThat(cue.length()).isPositive());
            s.mention().ifPresent(mention -> assertThat(mention.length()).isPositive());
        });
    }

    @Test
    void aShowsNameBeforeAQuoteDoesNotHideItsCue() {
        String text = "Senator Ada Brill tells Channel Nine’s “Morning Table” on Friday that “exactly who did it” is unknown.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(Suggestion::text).containsExactly("exactly who did it");
        assertThat(found.get(0).speaker()).contains("Ada Brill");
    }

    @Test
    void attributeValuesInMarkupAreNotQuotes() {
        String text = "“We will rebuild,” Mayor Lena Ortiz said.\n\n<tweet pic=\"pic.example/x\" author=\"lenaortiz\" id=\"1\">";
        assertThat(finder.find(text)).extracting(Suggestion::text).containsExactly("We will rebuild,");
    }

    @Test
    void likeningAndComparingReportWhatSomeoneSaid() {
        String text = "Councillor Ines Varga likened the toll plan to “a tax on rain.”\n\n"
                + "Olu Dada, a fisherman, compared the new quay to “a car park with a view” on Tuesday.\n\n"
                + "The harbour board referenced “rising costs” in its report.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(Suggestion::text).containsExactly("a tax on rain.", "a car park with a view", "rising costs");
        assertThat(found).extracting(s -> s.speaker().orElse("-")).as(found.toString()).startsWith("Ines Varga", "Olu Dada");
        assertThat(found).extracting(Suggestion::kind).containsOnly(QuoteKind.PARTIAL);
    }

    @Test
    void aCueWordUsedAsANounDoesNotNameItsAdjectiveAsTheSpeaker() {
        String text = "The Harbour Ledger rated 30% of Labour claims as “false” in May. "
                + "Conversely, the Ledger rated 20% of Green claims as “mostly true” last year.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(Suggestion::text).containsExactly("false", "mostly true");
        assertThat(found).extracting(s -> s.speaker().orElse("-")).doesNotContain("Labour", "Green", "Conversely");
        String minister = "The Minister of Defence claims the “threat is real” and will act.";
        assertThat(finder.find(minister)).singleElement().satisfies(s -> assertThat(s.speaker()).contains("Minister of Defence"));
    }
}
