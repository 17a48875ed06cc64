package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** Quotebench's own export: one article per line with its text, metadata and quotes (code points). */
public final class JsonlExport {
    private JsonlExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        for (ExportedArticle exported : articles) {
            JsonShapes shapes = new JsonShapes(id -> exported.article().text());
            ObjectNode line = shapes.articleWithQuotes(exported.article(), exported.events(), exported.quotes());
            out.write(JsonShapes.MAPPER.writeValueAsString(line));
            out.write('\n');
        }
    }
}
