package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotebench.export.ExportFixture.piece;
import static org.quotebench.export.ExportFixture.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Span;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Issue 22: the INCEpTION export is read back by DKPro Core's XmiReader, lenient as INCEpTION runs it,
 * with the type system the export writes: every quote comes back with its pieces joined, its words,
 * speaker, mention, cue, kind, status and verdict, one file per annotator, after an emoji and a
 * combining accent (UIMA counts UTF-16 units).
 */
class InceptionExportTest {
    static final String TEXT = ExportFixture.PIECES_TEXT;

    @TempDir
    Path dir;

    /** A quote as the reader gives it back: its file, its pieces' words and its features. */
    private record Read(String file, List<String> pieces, String kind, String status, String verdict, String speaker,
            String wikidata, String mention, String cue) {
    }

    @Test
    void dkproReadsBackEveryQuoteWithItsPiecesAndLinks() throws Exception {
        List<ExportedArticle> articles;
        try (Workspace workspace = Workspace.open(dir.resolve("w.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT,
                    new ArticleMetadata(Optional.of("Ferry talks"), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.of("en")), "UTF-8", "f.txt"))).article().id();
            Optional<Long> peskov = Optional.of(workspace.speakers().add(new SpeakerDraft("Dmitry Peskov", SpeakerKind.PERSON,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new WikidataId("Q2291596")), List.of())).id());
            Optional<Span> said = Optional.of(piece("said,")).map(s -> new Span(s.start(), s.end() - 1));
            Optional<Span> peskovMention = Optional.of(piece("Peskov said")).map(s -> new Span(s.start(), s.start() + 6));
            workspace.quotes().add(quote(id, piece("“the ‘talks’ go on,”"), peskov, peskovMention, said, Verdict.ACCURATE, "ana"));
            workspace.quotes().add(quote(id, piece("“We will,”"), peskov, Optional.of(piece("Dmitry Peskov")), said, Verdict.UNCHECKED,
                    "ana").withFragments(List.of(piece("“We will,”"), piece("“and soon,\nvery soon.”"))));
            workspace.quotes().add(quote(id, piece("“We will,”"), peskov, peskovMention, said, Verdict.UNCHECKED, "Ben Okafor"));
            articles = List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
        Path folder = dir.resolve("inception");
        Exports.write(ExportFormat.INCEPTION, articles, folder);

        List<Read> read = InceptionReader.read(folder).stream().map(q -> new Read(q.file(), q.words(), q.kind(), q.status(),
                q.verdict(), q.speaker(), q.wikidata(), q.mentionText().orElse(null), q.cueText().orElse(null))).toList();
        assertThat(InceptionReader.read(folder)).allSatisfy(q -> assertThat(q.text()).isEqualTo(TEXT));

        String name = "0001-ferry-talks";
        assertThat(read).containsExactlyInAnyOrder(
                new Read(name + "_ana.xmi", List.of("“the ‘talks’ go on,”"), "direct", "accepted", "accurate", "Dmitry Peskov",
                        "Q2291596", "Peskov", "said"),
                new Read(name + "_ana.xmi", List.of("“We will,”", "“and soon,\nvery soon.”"), "direct", "accepted", "unchecked",
                        "Dmitry Peskov", "Q2291596", "Dmitry Peskov", "said"),
                new Read(name + "_BenOkafor.xmi", List.of("“We will,”"), "direct", "accepted", "unchecked", "Dmitry Peskov",
                        "Q2291596", "Peskov", "said"));
        assertThat(folder.resolve(name + ".xmi")).exists(); // the article itself, for the quotes nobody is named for (none here)
    }

    @Test
    void aMentionOrCueSharedByQuotesIsOneAnnotation() throws Exception {
        Path file = dir.resolve("w.qb");
        List<ExportedArticle> articles = ExportFixture.articles(file);
        Path folder = dir.resolve("inception");
        Exports.write(ExportFormat.INCEPTION, List.of(withSharedCue(articles.get(0))), folder);
        String xmi = Files.readString(folder.resolve("0001-tide-turns-says-harbour-master.xmi"));
        List<InceptionReader.ReadQuote> read = InceptionReader.read(folder);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).cue()).isEqualTo(read.get(1).cue()).isPresent();
        assertThat(read).allSatisfy(q -> assertThat(q.text()).isEqualTo(ExportFixture.TEXT));
        assertThat(xmi.split("<custom:Cue ", -1)).as("one Cue annotation for both quotes").hasSize(2);
    }

    @Test
    void charactersXmlCannotHoldBecomeSpacesAndOffsetsHold() {
        assertThat(InceptionExport.xmlSafe("a\u0001b\uD800c🚢\uFFFEd\te")).isEqualTo("a b c🚢 d\te");
        String plain = "nothing to change 🚢";
        assertThat(InceptionExport.xmlSafe(plain)).isSameAs(plain);
    }

    /** Both quotes of the fixture given the first one's cue. */
    private static ExportedArticle withSharedCue(ExportedArticle article) {
        var quotes = article.quotes();
        var cue = quotes.get(0).cue();
        List<org.quotebench.core.Quote> shared = quotes.stream().map(q -> new org.quotebench.core.Quote(q.id(), q.uuid(), q.articleId(),
                q.span(), q.exact(), q.kind(), q.status(), q.verdict(), q.note(), q.speaker(), q.mention(), cue, q.events(),
                Optional.empty(), q.createdAt(), q.updatedAt(), q.fragments())).toList();
        return new ExportedArticle(article.article(), shared);
    }
}
