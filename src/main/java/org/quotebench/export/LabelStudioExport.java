package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;

/**
 * Label Studio's JSON tasks for a "Relation Extraction"-style labelling config: one task per article
 * ({@code data.text}), its quotes as one annotation's results: labels Quote / Speaker / Cue with
 * {@code start}, {@code end} in code points (Label Studio counts Python string indices) and
 * relations "said by" and "cued by"; the quote's kind, status, verdict and speaker are in its {@code meta}.
 * Each annotator's quotes are an annotation of their own ({@code completed_by} with the annotator as its
 * email, as Label Studio's export has its users); a quote in pieces is a region per piece, the first
 * joined to each next one by a "continues" relation.
 */
public final class LabelStudioExport {
    private LabelStudioExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        ArrayNode tasks = JsonShapes.MAPPER.createArrayNode();
        for (ExportedArticle exported : articles) {
            ObjectNode task = tasks.addObject();
            ObjectNode data = task.putObject("data");
            data.put("text", exported.article().text());
            data.put("article_uuid", exported.article().info().uuid());
            exported.article().info().metadata().title().ifPresent(t -> data.put("title", t));
            exported.article().info().metadata().outlet().ifPresent(o -> data.put("outlet", o));
            ArrayNode annotations = task.putArray("annotations");
            var byAnnotator = exported.byAnnotator();
            if (byAnnotator.isEmpty()) {
                annotations.addObject().putArray("result");
            }
            for (var group : byAnnotator.entrySet()) {
                ObjectNode annotation = annotations.addObject();
                group.getKey().ifPresent(who -> annotation.putObject("completed_by").put("email", who));
                results(annotation.putArray("result"), exported, group.getValue().quotes());
            }
        }
        out.write(JsonShapes.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tasks));
        out.write('\n');
    }

    private static void results(ArrayNode result, ExportedArticle exported, java.util.List<Quote> quotes) {
        String article = exported.article().text();
        for (Quote quote : quotes) {
                String id = quote.uuid().replace("-", "").substring(0, 10);
                Span first = quote.fragments().get(0);
                ObjectNode q = label(result, exported, id, first, "Quote", article.substring(first.start(), first.end()));
                for (int k = 1; k < quote.fragments().size(); k++) {
                    Span piece = quote.fragments().get(k);
                    label(result, exported, id + "_p" + (k + 1), piece, "Quote", article.substring(piece.start(), piece.end()));
                    relation(result, id, id + "_p" + (k + 1), LabelStudioAnnotations.CONTINUES);
                }
                ObjectNode meta = q.putObject("meta");
                meta.put("kind", quote.kind().code().toLowerCase(Locale.ROOT));
                meta.put("status", quote.status().code());
                meta.put("verdict", quote.verdict().code());
                quote.speaker().ifPresent(s -> meta.put("speaker", s.name()));
                String text = exported.article().text();
                quote.mention().ifPresent(m -> {
                    label(result, exported, id + "_s", m, "Speaker", text.substring(m.start(), m.end()));
                    relation(result, id, id + "_s", "said by");
                });
                quote.cue().ifPresent(c -> {
                    label(result, exported, id + "_c", c, "Cue", text.substring(c.start(), c.end()));
                    relation(result, id, id + "_c", "cued by");
                });
        }
    }

    private static ObjectNode label(ArrayNode result, ExportedArticle exported, String id, Span span, String label, String text) {
        ObjectNode r = result.addObject();
        r.put("id", id);
        r.put("from_name", "label");
        r.put("to_name", "text");
        r.put("type", "labels");
        ObjectNode value = r.putObject("value");
        value.put("start", exported.codePoint(span.start()));
        value.put("end", exported.codePoint(span.end()));
        value.put("text", text);
        value.putArray("labels").add(label);
        return r;
    }

    private static void relation(ArrayNode result, String from, String to, String label) {
        ObjectNode r = result.addObject();
        r.put("from_id", from);
        r.put("to_id", to);
        r.put("type", "relation");
        r.put("direction", "right");
        r.putArray("labels").add(label);
    }
}
