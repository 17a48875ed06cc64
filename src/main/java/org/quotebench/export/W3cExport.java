package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;

/**
 * W3C Web Annotation (JSON-LD): an annotation collection with one annotation per quote, targeting
 * its article with a TextPositionSelector (code points) and a TextQuoteSelector (exact, with 32
 * characters of prefix and suffix); the speaker, the kind and the verdict are bodies.
 */
public final class W3cExport {
    static final int CONTEXT = 32;

    private W3cExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        ObjectNode collection = JsonShapes.MAPPER.createObjectNode();
        collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Quotebench quotes");
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        for (ExportedArticle exported : articles) {
            for (Quote quote : exported.quotes()) {
                items.add(annotation(exported, quote));
            }
        }
        collection.put("total", items.size());
        out.write(ScriptSafeJson.WRITER.writeValueAsString(collection));
        out.write('\n');
    }

    static ObjectNode annotation(ExportedArticle exported, Quote quote) {
        ObjectNode a = JsonShapes.MAPPER.createObjectNode();
        a.put("id", "urn:uuid:" + quote.uuid());
        a.put("type", "Annotation");
        a.put("motivation", "describing");
        a.put("created", quote.createdAt());
        a.put("modified", quote.updatedAt());
        quote.annotator().ifPresent(who -> a.put("creator", who));
        ArrayNode body = a.putArray("body");
        textual(body, "classifying", quote.kind().code());
        quote.speaker().ifPresent(speaker -> speaker(body, speaker));
        if (quote.verdict() != Verdict.UNCHECKED) {
            textual(body, "assessing", quote.verdict().code());
        }
        quote.note().ifPresent(note -> textual(body, "commenting", note));
        ObjectNode target = a.putObject("target");
        target.put("source", exported.article().info().metadata().url().orElse("urn:uuid:" + exported.article().info().uuid()));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        int start = exported.codePoint(quote.span().start());
        int end = exported.codePoint(quote.span().end());
        position.put("start", start);
        position.put("end", end);
        ObjectNode text = selectors.addObject();
        text.put("type", "TextQuoteSelector");
        text.put("exact", quote.exact());
        String article = exported.article().text();
        text.put("prefix", article.substring(article.offsetByCodePoints(0, Math.max(0, start - CONTEXT)), quote.span().start()));
        int suffixEnd = Math.min(exported.index().codePointLength(), end + CONTEXT);
        text.put("suffix", article.substring(quote.span().end(), article.offsetByCodePoints(0, suffixEnd)));
        return a;
    }

    private static void textual(ArrayNode body, String purpose, String value) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
    }

    /** The speaker: named in a textual body, and identified by Wikidata when known. */
    private static void speaker(ArrayNode body, Speaker speaker) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", "identifying");
        b.put("value", speaker.name());
        speaker.wikidata().ifPresent(id -> {
            ObjectNode w = body.addObject();
            w.put("type", "SpecificResource");
            w.put("purpose", "identifying");
            w.put("source", "http://www.wikidata.org/entity/" + id.value());
        });
    }
}
