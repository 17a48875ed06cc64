package org.quotebench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.WikidataId;

/**
 * One row per quote for spreadsheets: UTF-8 with a byte order mark (so that spreadsheet programs
 * read it as UTF-8), RFC 4180 quoting, offsets in code points.
 */
public final class CsvExport {
    static final List<String> COLUMNS = List.of("article_id", "article_uuid", "title", "outlet", "published_on", "quote_id",
            "quote_uuid", "start", "end", "text", "kind", "status", "verdict", "speaker", "speaker_wikidata", "mention_start",
            "mention_end", "cue_start", "cue_end", "events", "note", "annotator");

    private CsvExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, COLUMNS);
        for (ExportedArticle exported : articles) {
            ArticleMetadata meta = exported.article().info().metadata();
            for (Quote quote : exported.quotes()) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                cells.add(Long.toString(exported.article().id()));
                cells.add(exported.article().info().uuid());
                cells.add(meta.title().orElse(""));
                cells.add(meta.outlet().orElse(""));
                cells.add(meta.publishedOn().orElse(""));
                cells.add(Long.toString(quote.id()));
                cells.add(quote.uuid());
                cells.add(Integer.toString(exported.codePoint(quote.span().start())));
                cells.add(Integer.toString(exported.codePoint(quote.span().end())));
                cells.add(quote.exact());
                cells.add(quote.kind().code());
                cells.add(quote.status().code());
                cells.add(quote.verdict().code());
                cells.add(quote.speaker().map(Speaker::name).orElse(""));
                cells.add(quote.speaker().flatMap(Speaker::wikidata).map(WikidataId::value).orElse(""));
                addSpan(cells, exported, quote.mention());
                addSpan(cells, exported, quote.cue());
                cells.add(quote.events().stream().map(Event::name).collect(Collectors.joining("; ")));
                cells.add(quote.note().orElse(""));
                cells.add(quote.annotator().orElse(""));
                row(out, cells);
            }
        }
    }

    private static void addSpan(List<String> cells, ExportedArticle exported, Optional<Span> span) {
        cells.add(span.map(s -> Integer.toString(exported.codePoint(s.start()))).orElse(""));
        cells.add(span.map(s -> Integer.toString(exported.codePoint(s.end()))).orElse(""));
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(StringEscapeUtils::escapeCsv).collect(Collectors.joining(",")));
        out.write("\r\n");
    }
}
