package org.quotebench.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article. Every {@code application/ld+json} script is
 * read, with arrays, {@code @graph} and {@code @id} references; a script that is not valid JSON is ignored.
 */
record JsonLdArticle(Optional<String> headline, Optional<String> datePublished, Optional<String> url,
        Optional<String> publisher, List<String> authors, Optional<String> language) {

    static final JsonLdArticle NONE = new JsonLdArticle(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), Optional.empty());

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting", "DiscussionForumPosting");
    /** Pages are untrusted: limits keep a hostile script from exhausting the stack or memory. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(2_000_000).maxNumberLength(100).build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build());
    private static final int MAX_NODES = 2000;

    static JsonLdArticle from(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type]")) {
            if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                parse(script.data()).ifPresent(root -> collect(root, nodes));
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
        }
        return pick(nodes).map(article -> read(article, byId)).orElse(NONE);
    }

    private static Optional<JsonNode> parse(String json) {
        String body = json.strip();
        // Some sites wrap the data in an HTML comment or CDATA markers meant for old browsers.
        body = body.replaceFirst("^(<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)", "")
                .replaceFirst("(-->|//\\s*]]>|]]>)$", "");
        try {
            return Optional.ofNullable(JSON.readTree(body));
        } catch (Exception badJson) {
            // Broken JSON-LD is common on the web and must never stop an import.
            return Optional.empty();
        }
    }

    /** Every object in the data, following arrays, @graph and mainEntity, without recursion. */
    private static void collect(JsonNode root, List<JsonNode> into) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty() && into.size() < MAX_NODES) {
            JsonNode node = pending.poll();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                into.add(node);
                pending.add(node.path("@graph"));
                pending.add(node.path("mainEntity"));
            }
        }
    }

    /** The first news article, else the first article of any kind. */
    private static Optional<JsonNode> pick(List<JsonNode> nodes) {
        Optional<JsonNode> news = nodes.stream().filter(n -> types(n).stream().anyMatch(t -> t.endsWith("NewsArticle")))
                .findFirst();
        return news.or(() -> nodes.stream().filter(n -> types(n).stream().anyMatch(JsonLdArticle::isArticleType))
                .findFirst());
    }

    private static boolean isArticleType(String type) {
        return type.endsWith("Article") || ARTICLE_TYPES.contains(type);
    }

    /** The node's types without their vocabulary prefix ("http://schema.org/NewsArticle" is "NewsArticle"). */
    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode type = node.path("@type");
        for (JsonNode one : type.isArray() ? type : List.of(type)) {
            if (one.isTextual()) {
                String name = one.textValue();
                types.add(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1));
            }
        }
        return types;
    }

    private static JsonLdArticle read(JsonNode article, Map<String, JsonNode> byId) {
        Optional<String> url = text(article.path("url"))
                .or(() -> text(article.path("mainEntityOfPage")))
                .or(() -> text(article.path("mainEntityOfPage").path("@id")))
                .or(() -> text(article.path("mainEntityOfPage").path("url")));
        return new JsonLdArticle(
                text(article.path("headline")).or(() -> text(article.path("name"))),
                text(article.path("datePublished")).or(() -> text(article.path("dateCreated"))),
                url,
                names(article.path("publisher"), byId).stream().findFirst(),
                names(article.path("author"), byId),
                text(article.path("inLanguage")));
    }

    /** Names of one or more persons or organisations, given as text, objects or references. */
    private static List<String> names(JsonNode value, Map<String, JsonNode> byId) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode one : value.isArray() ? value : List.of(value)) {
            JsonNode resolved = one.isObject() && !one.has("name") && one.has("@id")
                    ? byId.getOrDefault(one.path("@id").asText(), one) : one;
            text(resolved).or(() -> text(resolved.path("name"))).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isArray() && node.size() > 0) {
            return text(node.get(0));
        }
        return node.isTextual() ? Optional.of(node.textValue().strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
