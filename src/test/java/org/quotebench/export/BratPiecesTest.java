package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/** brat carries a quote in pieces as one annotation with a fragment per piece, and shared mentions and cues once. */
class BratPiecesTest {
    // An emoji and a combining accent before the quotes; one quote is interrupted by its attribution.
    static final String TEXT = "Ferry talks 🚢\n\nRene\u0301e Okafor: “We will,” she said, “and soon.”\n"
            + "“Nobody waits,” she said.\n";

    @TempDir
    Path dir;

    private static Span span(String words, int from) {
        int start = TEXT.indexOf(words, from);
        return new Span(start, start + words.length());
    }

    private static int cp(int index) {
        return TEXT.codePointCount(0, index);
    }

    private static String ranges(Span... spans) {
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(cp(s.start()) + " " + cp(s.end()));
        }
        return String.join(";", out);
    }

    private List<ExportedArticle> workspaceWithPieces(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Ferry talks"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT, meta, "UTF-8", "f.txt")))
                    .article().id();
            long okafor = workspace.speakers().findOrCreate("Renée Okafor").id();
            Span she = span("she", 0);
            Span said = span("said", 0);
            workspace.quotes().add(new QuoteDraft(id, span("“We will,”", 0), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.of(okafor), Optional.of(she), Optional.of(said), List.of(),
                    Optional.of("ana"), Optional.empty()).withFragments(List.of(span("“We will,”", 0), span("“and soon.”", 0))));
            // A second quote said by the same words: "she said" is one mention and one cue, written once.
            workspace.quotes().add(new QuoteDraft(id, span("“Nobody waits,”", 0), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.of(okafor), Optional.of(she), Optional.of(said), List.of(),
                    Optional.of("ana"), Optional.empty()));
            return List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
    }

    @Test
    void aQuoteInPiecesIsOneAnnotationAndASharedMentionAndCueAreWrittenOnce() throws Exception {
        Path folder = dir.resolve("brat");
        Exports.write(ExportFormat.BRAT, workspaceWithPieces(dir.resolve("a.qb")), folder);
        BratFolder.Pair pair = BratFolder.pairs(folder).stream().filter(p -> p.annotator().equals(Optional.of("ana"))).findFirst()
                .orElseThrow();
        List<String> lines = Files.readAllLines(pair.ann());
        assertThat(lines).contains("T1\tQuote " + ranges(span("“We will,”", 0), span("“and soon.”", 0)) + "\t“We will,” “and soon.”");
        assertThat(lines.stream().filter(l -> l.matches("T\\d+\tSpeaker .*"))).hasSize(1);
        assertThat(lines.stream().filter(l -> l.matches("T\\d+\tCue .*"))).hasSize(1);
        assertThat(lines.stream().filter(l -> l.startsWith("R") && l.contains("SaidBy"))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("#"))).hasSize(1);
        assertThat(Files.readString(folder.resolve("tools.conf")))
                .isEqualTo("[normalization]\nWikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s\n");

        BratDocument doc = BratDocument.read(pair.ann().toString(), Files.readString(pair.ann()), TEXT);
        List<AnnotatedQuote> back = BratMapping.QUOTEBENCH.quotes(doc);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).fragments()).containsExactly(new Span(cp(span("“We will,”", 0).start()), cp(span("“We will,”", 0).end())),
                new Span(cp(span("“and soon.”", 0).start()), cp(span("“and soon.”", 0).end())));
        assertThat(back.get(1).mention()).isEqualTo(back.get(0).mention());
    }

    @Test
    void aParcContentInTwoFragmentsIsImportedAsOneQuoteInTwoPieces() throws Exception {
        assertImportedInTwoPieces("T3\tContent " + ranges(span("“We will,”", 0), span("“and soon.”", 0)) + "\t“We will,” “and soon.”\n");
    }

    @Test
    void fragmentsListedOutOfTextOrderAreReadInTextOrder() throws Exception {
        // PolNeAR lists some fragments backwards; nine of its dev files were refused when the hull took them as given
        assertImportedInTwoPieces("T3\tContent " + ranges(span("“and soon.”", 0), span("“We will,”", 0)) + "\t“and soon.” “We will,”\n");
    }

    private void assertImportedInTwoPieces(String content) throws Exception {
        Files.writeString(dir.resolve("f.txt"), TEXT);
        String ann = "T1\tSource " + ranges(span("she", 0)) + "\tshe\n"
                + "T2\tCue " + ranges(span("said", 0)) + "\tsaid\n"
                + content
                + "E1\tAttribution:T2 Source:T1 Content:T3\n";
        Files.writeString(dir.resolve("f.ann"), ann);
        try (Workspace workspace = Workspace.open(dir.resolve("b.qb"))) {
            AnnotationImport importing = new AnnotationImport(workspace);
            importing.run("brat", dir, Optional.empty(), Optional.of("tester"), path -> { });
            assertThat(importing.rejected()).isEmpty();
            assertThat(importing.quotes()).isEqualTo(1);
            Quote quote = workspace.quotes().list(QuoteFilter.all()).get(0);
            assertThat(quote.fragments()).containsExactly(span("“We will,”", 0), span("“and soon.”", 0));
            assertThat(quote.words()).isEqualTo("“We will,” … “and soon.”");
            assertThat(quote.mention()).contains(span("she", 0));
        }
    }
}
