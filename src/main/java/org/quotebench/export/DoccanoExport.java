package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;

/**
 * doccano's JSONL for relation extraction, one article a line: {@code text}, {@code entities} (id,
 * label, start_offset, end_offset) and {@code relations} (from_id, to_id, type). doccano counts
 * offsets in UTF-16 code units, as its browser front end does: here, unlike every other export,
 * they are Java's string indices, not code points. A quote in pieces is an entity per piece, the first
 * joined to each next one by a CONTINUES relation; a quote's entities carry its annotator, when it has one.
 */
public final class DoccanoExport {
    private DoccanoExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        for (ExportedArticle exported : articles) {
            ObjectNode line = JsonShapes.MAPPER.createObjectNode();
            line.put("text", exported.article().text());
            ArrayNode entities = line.putArray("entities");
            ArrayNode relations = line.putArray("relations");
            int ids = 0;
            int relationIds = 0;
            for (Quote quote : exported.quotes()) {
                int quoteId = ++ids;
                String kind = quote.kind().code().toUpperCase(Locale.ROOT);
                ObjectNode first = entity(entities, quoteId, kind, quote.fragments().get(0));
                quote.annotator().ifPresent(a -> first.put("annotator", a));
                for (int k = 1; k < quote.fragments().size(); k++) {
                    int pieceId = ++ids;
                    ObjectNode piece = entity(entities, pieceId, kind, quote.fragments().get(k));
                    quote.annotator().ifPresent(a -> piece.put("annotator", a));
                    relation(relations, ++relationIds, quoteId, pieceId, DoccanoAnnotations.CONTINUES);
                }
                if (quote.mention().isPresent()) {
                    int mentionId = ++ids;
                    entity(entities, mentionId, "SPEAKER", quote.mention().get());
                    relation(relations, ++relationIds, quoteId, mentionId, "SAID_BY");
                }
                if (quote.cue().isPresent()) {
                    int cueId = ++ids;
                    entity(entities, cueId, "CUE", quote.cue().get());
                    relation(relations, ++relationIds, quoteId, cueId, "CUED_BY");
                }
            }
            line.put("article_uuid", exported.article().info().uuid());
            out.write(JsonShapes.MAPPER.writeValueAsString(line));
            out.write('\n');
        }
    }

    private static ObjectNode entity(ArrayNode entities, int id, String label, Span span) {
        ObjectNode e = entities.addObject();
        e.put("id", id);
        e.put("label", label);
        e.put("start_offset", span.start());
        e.put("end_offset", span.end());
        return e;
    }

    private static void relation(ArrayNode relations, int id, int from, int to, String type) {
        ObjectNode r = relations.addObject();
        r.put("id", id);
        r.put("from_id", from);
        r.put("to_id", to);
        r.put("type", type);
    }
}
