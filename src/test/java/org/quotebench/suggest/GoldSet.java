package org.quotebench.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Span;

/** The hand-written evaluation set: fictional articles with gold quotes (code-point offsets in the file). */
public final class GoldSet {
    public static final String RESOURCE = "/org/quotebench/suggest/quote-finder-gold.jsonl";
    /** Eight fictional German articles (agency reports, regional papers, press releases; issue 24): direct and partial quotes. */
    public static final String GERMAN = "/org/quotebench/suggest/german-finder-gold.jsonl";
    /** A fictional French and a fictional Russian agency report (« … », a-t-il ajouté, — сказал, по словам; issue 24). */
    public static final String FRENCH_RUSSIAN = "/org/quotebench/suggest/french-russian-finder-gold.jsonl";

    /** A gold quote, with Java indices. */
    public record GoldQuote(Span span, QuoteKind kind, Optional<String> speaker) {
    }

    /** One article of the set. */
    public record Article(String id, String style, String text, List<GoldQuote> quotes) {
    }

    private GoldSet() {
    }

    public static List<Article> load() {
        return load(RESOURCE);
    }

    /** The articles of a set in this format. */
    public static List<Article> load(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (InputStream in = GoldSet.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                String text = node.get("text").asText();
                CodePointIndex index = new CodePointIndex(text);
                List<GoldQuote> quotes = new ArrayList<>();
                for (JsonNode q : node.get("quotes")) {
                    JsonNode speaker = q.get("speaker");
                    quotes.add(new GoldQuote(index.toSpan(q.get("start").asInt(), q.get("end").asInt()),
                            QuoteKind.parse(q.get("kind").asText()),
                            speaker == null || speaker.isNull() ? Optional.empty() : Optional.of(speaker.asText())));
                }
                articles.add(new Article(node.get("id").asText(), node.path("style").asText(""), text, quotes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
