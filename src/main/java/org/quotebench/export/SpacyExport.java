package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;

/**
 * spaCy's span format, one article per line: {@code text} and {@code spans} with {@code start},
 * {@code end} (code points, as Python's string indices) and {@code label}: the quote's kind in capitals
 * (DIRECT, PARTIAL, INDIRECT), SPEAKER for its speaker's mention and CUE for its cue, each with the
 * quote's uuid so that a mention can be joined to its quote (and a quote in pieces, one span per piece,
 * to its other pieces), and its annotator when it has one.
 */
public final class SpacyExport {
    private SpacyExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        for (ExportedArticle exported : articles) {
            ObjectNode line = JsonShapes.MAPPER.createObjectNode();
            line.put("text", exported.article().text());
            ArrayNode spans = line.putArray("spans");
            for (Quote quote : exported.quotes()) {
                for (Span piece : quote.fragments()) {
                    span(spans, exported, piece, quote.kind().code().toUpperCase(Locale.ROOT), quote);
                }
                quote.mention().ifPresent(m -> span(spans, exported, m, "SPEAKER", quote));
                quote.cue().ifPresent(c -> span(spans, exported, c, "CUE", quote));
            }
            ObjectNode meta = line.putObject("meta");
            meta.put("article_uuid", exported.article().info().uuid());
            exported.article().info().metadata().title().ifPresent(t -> meta.put("title", t));
            exported.article().info().metadata().outlet().ifPresent(o -> meta.put("outlet", o));
            out.write(JsonShapes.MAPPER.writeValueAsString(line));
            out.write('\n');
        }
    }

    private static void span(ArrayNode spans, ExportedArticle exported, Span span, String label, Quote quote) {
        ObjectNode node = spans.addObject();
        node.put("start", exported.codePoint(span.start()));
        node.put("end", exported.codePoint(span.end()));
        node.put("label", label);
        node.put("quote_uuid", quote.uuid());
        quote.speaker().ifPresent(s -> node.put("speaker", s.name()));
        quote.annotator().ifPresent(a -> node.put("annotator", a));
    }
}
