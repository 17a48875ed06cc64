package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;

/**
 * Issue 22: the {@code w3c} export passes every MUST of the W3C's own Web Annotation tests (the JSON
 * Schema assertions of web-annotation-tests, copied into the test resources): the collection, its
 * page and each annotation, a quote in pieces too. Before, the collection and the page had no id.
 */
class W3cSchemaTest {
    private static final String BASE = "https://w3c-tests.invalid/";
    private static final String RESOURCES = "/org/quotebench/export/w3c-tests/";
    private static final ObjectMapper JSON = new ObjectMapper();
    // an emoji and a combining accent before the quotes, one of them in two pieces
    private static final String TEXT = "Ferry talks 🚢\n\nRene\u0301e Okafor spoke. “We will,” she said, “and soon.” "
            + "“Nobody waits,” said Tom Hale.\n";

    @TempDir
    Path dir;

    /** The schemas refer to the definitions by bare name ("id.json"), which the W3C runner serves from definitions/. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
            .schemaLoaders(loaders -> loaders.add(iri -> {
                String s = iri.toString();
                if (!s.startsWith(BASE)) {
                    return null;
                }
                String path = s.substring(BASE.length());
                String name = path.substring(path.lastIndexOf('/') + 1);
                String resource = W3cSchemaTest.class.getResource(RESOURCES + "definitions/" + name) != null
                        ? RESOURCES + "definitions/" + name : RESOURCES + path;
                return () -> W3cSchemaTest.class.getResourceAsStream(resource);
            })).build();

    private static List<String> assertions(String testFile) throws Exception {
        try (InputStream in = W3cSchemaTest.class.getResourceAsStream(RESOURCES + testFile)) {
            List<String> out = new ArrayList<>();
            JSON.readTree(in).get("assertions").forEach(a -> out.add(a.asText()));
            return out;
        }
    }

    /** Every MUST assertion of {@code testFile} the document fails, with the W3C's message. */
    private static List<String> failures(String testFile, JsonNode document) throws Exception {
        List<String> failed = new ArrayList<>();
        for (String assertion : assertions(testFile)) {
            JsonNode schemaJson;
            try (InputStream in = W3cSchemaTest.class.getResourceAsStream(RESOURCES + assertion)) {
                schemaJson = JSON.readTree(in);
            }
            if (!"failAndContinue".equals(schemaJson.path("onUnexpectedResult").asText("failAndContinue"))) {
                continue; // a MUST only where the W3C's runner fails on it
            }
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + assertion), schemaJson);
            Set<ValidationMessage> errors = schema.validate(document);
            boolean valid = errors.isEmpty();
            if (valid != "valid".equals(schemaJson.path("expectedResult").asText("valid"))) {
                failed.add(assertion + ": " + schemaJson.path("errorMessage").asText() + " " + errors);
            }
        }
        return failed;
    }

    private JsonNode export() throws Exception {
        List<ExportedArticle> articles;
        try (Workspace workspace = Workspace.open(dir.resolve("w.qb"))) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Ferry talks"), Optional.of("The Harbour Courier"),
                    Optional.empty(), Optional.of("https://courier.example/ferry"), Optional.of("2026-03-02"), Optional.of("en"));
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(TEXT, meta, "UTF-8", "f.txt")))
                    .article().id();
            long okafor = workspace.speakers().findOrCreate("Renée Okafor").id();
            workspace.quotes().add(new QuoteDraft(id, span("“We will,”"), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.ACCURATE,
                    Optional.of("checked"), Optional.of(okafor), Optional.of(span("she")), Optional.of(span("said")), List.of(),
                    Optional.of("ana"), Optional.empty()).withFragments(List.of(span("“We will,”"), span("“and soon.”"))));
            workspace.quotes().add(new QuoteDraft(id, span("“Nobody waits,”"), QuoteKind.DIRECT, QuoteStatus.SUGGESTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty()));
            articles = List.of(new ExportedArticle(workspace.articles().get(id), workspace.quotes().ofArticle(id)));
        }
        Path file = dir.resolve("w3c.json");
        Exports.write(ExportFormat.W3C, articles, file);
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void theCollectionItsPageAndEveryAnnotationPassTheW3csMusts() throws Exception {
        JsonNode collection = export();
        assertThat(failures("collections/collectionMusts.test", collection)).isEmpty();
        // the page test takes "an Annotation Collection with an embedded Page", as the export is
        assertThat(failures("collections/pages/pageMusts.test", collection)).isEmpty();
        JsonNode items = collection.get("first").get("items");
        assertThat(items).hasSize(2);
        for (JsonNode annotation : items) {
            // served alone, an annotation carries the context it has from its collection here
            com.fasterxml.jackson.databind.node.ObjectNode alone = JSON.createObjectNode();
            alone.put("@context", collection.get("@context").asText());
            alone.setAll((com.fasterxml.jackson.databind.node.ObjectNode) annotation);
            assertThat(failures("annotations/annotationMusts.test", alone)).as(annotation.toString()).isEmpty();
        }
    }

    @Test
    void aQuoteInPiecesHasOneTargetPerPieceInTextOrder() throws Exception {
        JsonNode target = export().get("first").get("items").get(0).get("target");
        assertThat(target.isArray()).isTrue();
        List<String> exact = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (JsonNode piece : target) {
            assertThat(piece.get("type").asText()).isEqualTo("SpecificResource");
            assertThat(piece.get("source").asText()).isEqualTo("https://courier.example/ferry");
            starts.add(piece.get("selector").get(0).get("start").asInt());
            exact.add(piece.get("selector").get(1).get("exact").asText());
        }
        assertThat(exact).containsExactly("“We will,”", "“and soon.”");
        assertThat(starts).containsExactly(TEXT.codePointCount(0, span("“We will,”").start()),
                TEXT.codePointCount(0, span("“and soon.”").start()));
    }

    @Test
    void theSameQuotesGiveTheSameIds() throws Exception {
        JsonNode once = export();
        dir.resolve("w.qb").toFile().delete();
        assertThat(once.get("id").asText()).startsWith("urn:uuid:");
        assertThat(once.get("first").get("id").asText()).isEqualTo(once.get("id").asText() + "#page-1");
        assertThat(once.get("last").asText()).isEqualTo(once.get("first").get("id").asText());
    }
}
