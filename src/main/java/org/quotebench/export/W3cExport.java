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
 * characters of prefix and suffix); the speaker, the kind and the verdict are bodies. The collection
 * and its page have ids (the model's MUST), the same for the same quotes. A quote in pieces has one
 * target per piece, in text order, each a SpecificResource (docs/decisions/0021): in the model, several
 * selectors of one resource are other ways to find the same text, a Choice is one of several, and the
 * List and Composite of the drafts are not in the Recommendation; bodies apply to each target.
 */
public final class W3cExport {
    static final int CONTEXT = 32;

    private W3cExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        ObjectNode collection = JsonShapes.MAPPER.createObjectNode();
        collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
        ObjectNode page = JsonShapes.MAPPER.createObjectNode();
        ArrayNode items = page.putArray("items");
        StringBuilder identities = new StringBuilder();
        for (ExportedArticle exported : articles) {
            for (Quote quote : exported.quotes()) {
                items.add(annotation(exported, quote));
                identities.append(quote.uuid()).append(quote.updatedAt());
            }
        }
        // the same quotes, as last changed, give the same ids
        String id = "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(identities.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Quotebench quotes");
        page.put("id", id + "#page-1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        collection.set("first", page);
        collection.put("last", id + "#page-1");
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
        if (quote.inPieces()) {
            ArrayNode pieces = a.putArray("target");
            for (org.quotebench.core.Span piece : quote.fragments()) {
                specificResource(pieces.addObject(), exported, piece);
            }
        } else {
            specificResource(a.putObject("target"), exported, quote.span());
        }
        return a;
    }

    /** The article's words at {@code span}: found by position (code points) or by the words and their context. */
    private static void specificResource(ObjectNode target, ExportedArticle exported, org.quotebench.core.Span span) {
        target.put("type", "SpecificResource");
        target.put("source", exported.article().info().metadata().url().orElse("urn:uuid:" + exported.article().info().uuid()));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        int start = exported.codePoint(span.start());
        int end = exported.codePoint(span.end());
        position.put("start", start);
        position.put("end", end);
        ObjectNode text = selectors.addObject();
        text.put("type", "TextQuoteSelector");
        String article = exported.article().text();
        text.put("exact", article.substring(span.start(), span.end()));
        text.put("prefix", article.substring(article.offsetByCodePoints(0, Math.max(0, start - CONTEXT)), span.start()));
        int suffixEnd = Math.min(exported.index().codePointLength(), end + CONTEXT);
        text.put("suffix", article.substring(span.end(), article.offsetByCodePoints(0, suffixEnd)));
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
