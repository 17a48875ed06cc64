package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;

/** Reading brat files: PARC-style attribution events, Quotebench's own export, and refusals. */
public class BratImportTest {
    // Fictional, in PARC style; the emoji and the combining accent make code points and Java indices differ.
    public static final String TEXT = "🚢 Sainte-Rose\u0301 ferry news.\nUnion leader Yusuf Demir said that crews were tired. "
            + "“We will not sail,” he told reporters.";
    public static final String ANN = """
            T1\tSource 40 51\tYusuf Demir
            T2\tCue 52 56\tsaid
            T3\tContent 57 79\tthat crews were tired.
            T4\tAttribution 52 56\tsaid
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
            T5\tContent 80 99\t“We will not sail,”
            T6\tSource 100 102\the
            T7\tCue 103 107\ttold
            E2\tAttribution:T7 Source:T6 Cue:T7 Content:T5
            #1\tAnnotatorNotes T1\tchecked
            X1\tSomething brat-like we do not know
            """;

    private static String slice(Span span) {
        int[] cp = TEXT.codePoints().toArray();
        return new String(cp, span.start(), span.end() - span.start());
    }

    @Test
    void parcAttributionsBecomeQuotesWithMentionCueAndSpeaker() {
        BratDocument doc = BratDocument.read("demir.ann", ANN, TEXT);
        assertThat(doc.skippedLines()).isEqualTo(1);
        assertThat(BratMapping.guess(doc)).isEqualTo(BratMapping.PARC);
        List<AnnotatedQuote> quotes = BratMapping.PARC.quotes(doc);
        assertThat(quotes).hasSize(2);
        AnnotatedQuote indirect = quotes.get(0);
        assertThat(slice(indirect.span())).isEqualTo("that crews were tired.");
        assertThat(indirect.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(slice(indirect.mention().orElseThrow())).isEqualTo("Yusuf Demir");
        assertThat(slice(indirect.cue().orElseThrow())).isEqualTo("said");
        assertThat(indirect.speaker()).contains("checked"); // the annotator's note on the mention names the speaker
        AnnotatedQuote direct = quotes.get(1);
        assertThat(direct.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(direct.speaker()).isEmpty(); // "he" is a mention, not a name
        assertThat(slice(direct.mention().orElseThrow())).isEqualTo("he");
    }

    @Test
    void aSpanThatDoesNotSliceToItsWordsRefusesTheFileNamingTheLine() {
        String wrong = ANN.replace("T3\tContent 57 79", "T3\tContent 56 78");
        assertThatThrownBy(() -> BratDocument.read("demir.ann", wrong, TEXT)).isInstanceOf(QuotebenchException.class)
                .hasMessageStartingWith("demir.ann:3: T3 says \"that crews were tired.\" but the text there is");
        assertThatThrownBy(() -> BratDocument.read("demir.ann", ANN.replace("T5\tContent 80 99", "T5\tContent 80 999"), TEXT))
                .hasMessageContaining("demir.ann:6: T5 80-999 is outside the text");
        assertThatThrownBy(() -> BratDocument.read("demir.ann", ANN.replace("Source:T6", "Source:T66"), TEXT))
                .hasMessageContaining("demir.ann:9: event E2 refers to T66");
    }

    @Test
    void kindsFollowTheQuotationMarks() {
        assertThat(BratMapping.kindOf("“We will not sail,”")).isEqualTo(QuoteKind.DIRECT);
        assertThat(BratMapping.kindOf("«Nous partons.»")).isEqualTo(QuoteKind.DIRECT);
        assertThat(BratMapping.kindOf("crews were “very tired” today")).isEqualTo(QuoteKind.PARTIAL);
        assertThat(BratMapping.kindOf("that the crews’ union was tired")).isEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void mappingsAreParsedAndRefusedClearly() {
        assertThat(BratMapping.parse("Content=quote,Source=mention,Cue=cue")).isEqualTo(BratMapping.PARC);
        assertThat(BratMapping.parse("quotebench")).isEqualTo(BratMapping.QUOTEBENCH);
        assertThatThrownBy(() -> BratMapping.parse("Source=mention")).hasMessageContaining("Content=quote");
    }

    @Test
    void ourOwnBratExportComesBackWithTheSameOffsetsAndLinks(@TempDir Path dir) throws Exception {
        List<ExportedArticle> articles = ExportFixture.articles(dir.resolve("round.qb"));
        Path folder = dir.resolve("brat");
        Exports.write(ExportFormat.BRAT, articles, folder);
        BratFolder.Pair pair = BratFolder.pairs(folder).stream().filter(p -> p.annotator().equals(Optional.of("ana"))).findFirst()
                .orElseThrow();
        String text = java.nio.file.Files.readString(pair.text());
        BratDocument doc = BratDocument.read(pair.ann().toString(), java.nio.file.Files.readString(pair.ann()), text);
        assertThat(BratMapping.guess(doc)).isEqualTo(BratMapping.QUOTEBENCH);
        List<AnnotatedQuote> back = BratMapping.QUOTEBENCH.quotes(doc);
        ExportedArticle original = articles.get(0);
        // The quote across two lines was split into fragments for brat: it comes back whole, one piece.
        List<Quote> quotes = original.quotes();
        assertThat(back).hasSize(2);
        Span second = new Span(original.codePoint(quotes.get(1).span().start()), original.codePoint(quotes.get(1).span().end()));
        assertThat(back.get(1).span()).isEqualTo(second);
        assertThat(back.get(1).fragments()).containsExactly(second);
        Quote first = quotes.get(0);
        AnnotatedQuote firstBack = back.get(0);
        assertThat(firstBack.span()).isEqualTo(new Span(original.codePoint(first.span().start()), original.codePoint(first.span().end())));
        assertThat(firstBack.kind()).isEqualTo(first.kind());
        assertThat(firstBack.status()).isEqualTo(first.status());
        assertThat(firstBack.verdict()).isEqualTo(first.verdict());
        assertThat(firstBack.speaker()).isEqualTo(first.speaker().map(Speaker::name));
        assertThat(firstBack.wikidata()).isEqualTo(first.speaker().flatMap(Speaker::wikidata));
        assertThat(firstBack.mention()).isEqualTo(first.mention().map(m -> new Span(original.codePoint(m.start()),
                original.codePoint(m.end()))));
        assertThat(firstBack.cue()).isEqualTo(first.cue().map(c -> new Span(original.codePoint(c.start()), original.codePoint(c.end()))));
        assertThat(back.get(1).speaker()).isEqualTo(Optional.of("Ana Pereira"));
    }

    @Test
    void aLineWhoseTabIsLostIsRefusedNamingTheLine() {
        String lost = ANN.replace("T3\tContent 57 79", "T3Content 57 79");
        assertThatThrownBy(() -> BratDocument.read("demir.ann", lost, TEXT)).hasMessage(
                "demir.ann:3: \"T3Content 57 79\" is no brat id: an id and its annotation are separated by a tab.");
        String twice = ANN.replace("T6\tSource", "T3\tSource");
        assertThatThrownBy(() -> BratDocument.read("demir.ann", twice, TEXT)).hasMessage("demir.ann:7: T3 is given twice (first on line 3).");
    }
}
