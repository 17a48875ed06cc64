package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.quotebench.core.Version;

/**
 * A bundle ({@code .qbz}) to hand a workspace to a colleague: a zip of {@code manifest.json} and
 * {@code quotes.jsonl} (the JSONL export, every quote whatever its status, with the UUIDs and
 * timestamps that let {@code import-annotations --format bundle} merge it into another workspace).
 */
public final class BundleExport {
    static final String MANIFEST = "manifest.json";
    static final String QUOTES = "quotes.jsonl";
    static final String FORMAT = "quotebench-bundle";

    private BundleExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, OutputStream out) throws IOException {
        int articleCount = 0;
        int quoteCount = 0;
        for (ExportedArticle a : articles) {
            articleCount++;
            quoteCount += a.quotes().size();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            ObjectNode manifest = JsonShapes.MAPPER.createObjectNode();
            manifest.put("format", FORMAT);
            manifest.put("version", 1);
            manifest.put("created_at", Instant.now().toString());
            manifest.put("quotebench", Version.version());
            manifest.put("articles", articleCount);
            manifest.put("quotes", quoteCount);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JsonShapes.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(QUOTES));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            JsonlExport.write(articles, writer, true);
            writer.flush();
            zip.closeEntry();
        }
    }
}
