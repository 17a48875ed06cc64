package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.export.JsonShapes;

/** Quotes as a table for the terminal, with code-point offsets like the JSON. */
final class QuoteTable {
    private QuoteTable() {
    }

    static void print(PrintWriter out, List<Quote> quotes, JsonShapes shapes) {
        if (quotes.isEmpty()) {
            out.println("No quotes.");
            out.flush();
            return;
        }
        Table table = new Table("ID", "ARTICLE", "START", "END", "KIND", "STATUS", "SPEAKER", "VERDICT", "TEXT");
        for (Quote quote : quotes) {
            ObjectNode json = shapes.quote(quote);
            table.row(Long.toString(quote.id()), Long.toString(quote.articleId()), json.get("start").asText(),
                    json.get("end").asText(), quote.kind().code(), quote.status().code(),
                    quote.speaker().map(Speaker::name).orElse("—"), quote.verdict().code(), quote.words());
        }
        table.print(out);
    }
}
