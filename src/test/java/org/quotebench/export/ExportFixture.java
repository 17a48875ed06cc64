package org.quotebench.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * A fictional article with an emoji and a combining accent before its quotes, one quote across two
 * lines, speakers' mentions, cues, a Wikidata id and a verdict, stored and read back as exports get it.
 */
final class ExportFixture {
    // The emoji is two Java chars and one code point; "e\\u0301" is two code points, one character on screen.
    static final String TEXT = ExportOffsetsTest.TEXT;

    /**
     * A text with an emoji and a combining accent before quotes that share a mention and a cue, a
     * quotation inside a quote and a quote its attribution interrupts, across a line break.
     */
    static final String PIECES_TEXT = "Ferry talks 🚢\n\nKremlin spokesman Dmitry Peskov, speaking for Rene\u0301e Okafor, said: "
            + "“We will,” and “the ‘talks’ go on,” Peskov said, adding: “and soon,\nvery soon.”\n";

    /** The first place of {@code words} in {@link #PIECES_TEXT}. */
    static Span piece(String words) {
        int start = PIECES_TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    /** An accepted direct quote with this verdict and annotator. */
    static QuoteDraft quote(long article, Span span, Optional<Long> speaker, Optional<Span> mention, Optional<Span> cue,
            Verdict verdict, String annotator) {
        return new QuoteDraft(article, span, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, verdict, Optional.empty(), speaker, mention, cue,
                List.of(), Optional.of(annotator), Optional.empty());
    }

    private ExportFixture() {
    }

    static List<ExportedArticle> articles(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Tide turns, says harbour master"),
                    Optional.of("The Harbour Courier"), Optional.of("Ana Pereira"), Optional.empty(), Optional.of("2026-03-02"),
                    Optional.of("en"));
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT, meta, "UTF-8", "tide.txt")))
                    .article().id();
            long pereira = workspace.speakers().add(new SpeakerDraft("Ana Pereira", SpeakerKind.PERSON, Optional.of("harbour master"),
                    Optional.empty(), Optional.empty(), Optional.of(new WikidataId("Q4242")), List.of())).id();
            workspace.quotes().add(draft(id, between("“The", "turn,”"), Verdict.ACCURATE, Optional.of(pereira),
                    Optional.of(between("Ana", "Pereira")), Optional.of(between("said", "said"))));
            workspace.quotes().add(draft(id, between("“We waited", "longer,”"), Verdict.UNCHECKED, Optional.of(pereira),
                    Optional.of(between("she told", "she")), Optional.of(between("told", "told"))));
            return List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
    }

    static Span between(String first, String last) {
        int start = TEXT.indexOf(first);
        int end = TEXT.indexOf(last, start) + last.length();
        return new Span(start, end);
    }

    private static QuoteDraft draft(long article, Span span, Verdict verdict, Optional<Long> speaker, Optional<Span> mention,
            Optional<Span> cue) {
        return new QuoteDraft(article, span, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, verdict, Optional.empty(), speaker, mention,
                cue, List.of(), Optional.of("ana"), Optional.empty());
    }
}
