package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Issue 22: every file of a brat export passes the checks brat's verify_annotations.py makes with the
 * export's own annotation.conf. Before, a mention or cue shared by several quotes was written once per
 * quote, and brat reported 5,074 errors in 78 of PolNeAR dev's 84 files ("Speaker cannot have identical
 * span with Speaker"); the real verify_annotations.py reports none on that export now (README).
 */
class BratVerifyTest {
    static final String TEXT = ExportFixture.PIECES_TEXT;

    @TempDir
    Path dir;

    private static Span span(String words) {
        return ExportFixture.piece(words);
    }

    private static QuoteDraft quote(long article, Span span, Optional<Long> speaker, Optional<Span> mention, Optional<Span> cue,
            String annotator) {
        return ExportFixture.quote(article, span, speaker, mention, cue, Verdict.UNCHECKED, annotator);
    }

    @Test
    void everyExportedFilePassesBratsOwnChecks() throws Exception {
        List<ExportedArticle> articles;
        try (Workspace workspace = Workspace.open(dir.resolve("w.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT,
                    new ArticleMetadata(Optional.of("Ferry talks"), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty()), "UTF-8", "f.txt"))).article().id();
            Optional<Long> peskov = Optional.of(workspace.speakers().findOrCreate("Dmitry Peskov").id());
            Optional<Span> said = Optional.of(span("said,"));
            said = Optional.of(new Span(said.get().start(), said.get().end() - 1));
            // two quotes, one mention and one cue between them; a nested mention; a quotation inside a quote
            workspace.quotes().add(quote(id, span("“We will,”"), peskov, Optional.of(span("Peskov said")).map(s -> new Span(s.start(),
                    s.start() + 6)), said, "ana"));
            workspace.quotes().add(quote(id, span("“the ‘talks’ go on,”"), peskov, Optional.of(span("Peskov said"))
                    .map(s -> new Span(s.start(), s.start() + 6)), said, "ana"));
            workspace.quotes().add(quote(id, span("‘talks’"), peskov, Optional.of(span("Kremlin spokesman Dmitry Peskov")),
                    Optional.empty(), "ana"));
            workspace.quotes().add(quote(id, span("“We will,”"), peskov, Optional.of(span("Dmitry Peskov")), Optional.empty(), "ana")
                    .withFragments(List.of(span("“We will,”"), span("“and soon,\nvery soon.”"))));
            // another annotator on the same words
            workspace.quotes().add(quote(id, span("“We will,”"), peskov, Optional.of(span("Dmitry Peskov")), Optional.empty(), "ben"));
            articles = List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
        Path folder = dir.resolve("brat");
        Exports.write(ExportFormat.BRAT, articles, folder);
        BratVerifier brat = new BratVerifier(Files.readString(folder.resolve("annotation.conf")));
        List<Path> anns;
        try (Stream<Path> files = Files.list(folder)) {
            anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        assertThat(anns).hasSize(3); // NAME.ann (nobody's), NAME_ana.ann, NAME_ben.ann
        for (Path ann : anns) {
            assertThat(brat.verify(Files.readString(ann))).as(ann.getFileName().toString()).isEmpty();
        }
        String anas = Files.readString(anns.stream().filter(p -> p.toString().endsWith("_ana.ann")).findFirst().orElseThrow());
        assertThat(anas.lines().filter(l -> l.matches("T\\d+\tCue .*"))).hasSize(1);
    }

    @Test
    void theChecksFindWhatBratFinds() {
        String conf = BratExport.annotationConf();
        String twice = "T1\tQuote 0 5\tFerry\nT2\tSpeaker 6 11\ttalks\nT3\tSpeaker 6 11\ttalks\n"
                + "R1\tSaidBy Arg1:T1 Arg2:T2\nR2\tSaidBy Arg1:T2 Arg2:T3\nA1\tKind T1 loud\n";
        assertThat(new BratVerifier(conf).verify(twice)).containsExactly(
                "R2: Error: SaidBy relation Arg1:Speaker Arg2:Speaker not allowed",
                "A1: Error: attribute Kind loud not allowed on T1");
        String nested = "T1\tSpeaker 0 11\tFerry talks\nT2\tSpeaker 6 11\ttalks\n";
        assertThat(new BratVerifier(conf).verify(nested)).isEmpty();
        // the conf before: mentions could neither nest nor share a span
        String withoutSpeakerOverlaps = conf.lines().filter(l -> !l.startsWith("<OVERLAP>\tArg1:Speaker"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(new BratVerifier(withoutSpeakerOverlaps).verify(twice)).startsWith(
                "T2: Error: Speaker cannot have identical span with Speaker T3",
                "T3: Error: Speaker cannot have identical span with Speaker T2");
        assertThat(new BratVerifier(withoutSpeakerOverlaps).verify(nested)).containsExactly(
                "T1: Error: Speaker cannot contain Speaker (T2)", "T2: Error: Speaker cannot be contained in Speaker (T1)");
    }
}
