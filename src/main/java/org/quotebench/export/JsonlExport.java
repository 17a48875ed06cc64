package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** Quotebench's own export: one article per line with its text, metadata and quotes (code points). */
public final class JsonlExport {
    private JsonlExport() {
    }

    /** Each line exactly as {@code show ID --json} prints the article. */
    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        write(articles, out, false);
    }

    /**
     * @param changeTimes whether speakers and events carry their {@code updated_at} (bundles: a merge
     *     applies the newer edit by it)
     */
    static void write(Iterable<ExportedArticle> articles, Writer out, boolean changeTimes) throws IOException {
        for (ExportedArticle exported : articles) {
            JsonShapes shapes = new JsonShapes(id -> exported.article().text(), changeTimes ? exported.changeTimes() : java.util.Map.of());
            ObjectNode line = shapes.articleWithQuotes(exported.article(), exported.events(), exported.quotes());
            out.write(JsonShapes.MAPPER.writeValueAsString(line));
            out.write('\n');
        }
    }
}
