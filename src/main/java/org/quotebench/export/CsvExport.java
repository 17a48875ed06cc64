package org.quotebench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.CsvCells;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.WikidataId;

/**
 * One row per quote for spreadsheets: UTF-8 with a byte order mark (so that spreadsheet programs
 * read it as UTF-8), RFC 4180 quoting, offsets in code points. Text cells that a spreadsheet would
 * run as a formula are neutralised unless the cells are {@link CsvCells#RAW} (see {@link CsvCells}).
 */
public final class CsvExport {
    static final List<String> COLUMNS = List.of("article_id", "article_uuid", "title", "outlet", "published_on", "quote_id",
            "quote_uuid", "start", "end", "text", "kind", "status", "verdict", "speaker", "speaker_wikidata", "mention_start",
            "mention_end", "cue_start", "cue_end", "events", "note", "annotator", "fragments");

    private CsvExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out, CsvCells csv) throws IOException {
        out.write('\uFEFF');
        out.write(CsvCells.row(COLUMNS));
        for (ExportedArticle exported : articles) {
            ArticleMetadata meta = exported.article().info().metadata();
            for (Quote quote : exported.quotes()) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                cells.add(CsvCells.number(exported.article().id()));
                cells.add(csv.text(exported.article().info().uuid()));
                cells.add(csv.text(meta.title().orElse("")));
                cells.add(csv.text(meta.outlet().orElse("")));
                cells.add(csv.text(meta.publishedOn().orElse("")));
                cells.add(CsvCells.number(quote.id()));
                cells.add(csv.text(quote.uuid()));
                cells.add(CsvCells.number(exported.codePoint(quote.span().start())));
                cells.add(CsvCells.number(exported.codePoint(quote.span().end())));
                cells.add(csv.text(quote.exact()));
                cells.add(csv.text(quote.kind().code()));
                cells.add(csv.text(quote.status().code()));
                cells.add(csv.text(quote.verdict().code()));
                cells.add(csv.text(quote.speaker().map(Speaker::name).orElse("")));
                cells.add(csv.text(quote.speaker().flatMap(Speaker::wikidata).map(WikidataId::value).orElse("")));
                addSpan(cells, exported, quote.mention());
                addSpan(cells, exported, quote.cue());
                cells.add(csv.text(quote.events().stream().map(Event::name).collect(Collectors.joining("; "))));
                cells.add(csv.text(quote.note().orElse("")));
                cells.add(csv.text(quote.annotator().orElse("")));
                // the pieces, START:END in code points, ';' between them: one for most quotes
                cells.add(csv.text(quote.fragments().stream().map(p -> exported.codePoint(p.start()) + ":" + exported.codePoint(p.end()))
                        .collect(Collectors.joining(";"))));
                out.write(CsvCells.row(cells));
            }
        }
    }

    private static void addSpan(List<String> cells, ExportedArticle exported, Optional<Span> span) {
        cells.add(span.map(s -> CsvCells.number(exported.codePoint(s.start()))).orElse(""));
        cells.add(span.map(s -> CsvCells.number(exported.codePoint(s.end()))).orElse(""));
    }
}
