package org.quotebench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The kinds of speaker the finder misses on the German dev articles (issue 24), counted the way
 * {@code score_german.py} judges a speaker (the mention overlaps the gold speaker by half the shorter,
 * or a word of four letters or more is shared): the gold speaker is a document, a medium or a statement
 * ("einer Presseerklärung der Gewerkschaft"); a pronoun ("er") the finder resolved elsewhere; someone
 * named in another sentence; or someone in the same sentence the finder did not pick.
 */
final class GermanSpeakerMistakes {
    private static final Set<String> SOURCES = Set.of("erklärung", "mitteilung", "memorandum", "bericht", "berichte", "stellungnahme",
            "medien", "website", "zeitung", "nachrichtenagentur", "agentur", "tenor", "vorwürfe", "aussagen", "versprechen", "warnung",
            "andeutung", "rundschau", "news", "uk", "com", "papier", "dokument", "studie", "brief");

    private GermanSpeakerMistakes() {
    }

    /** Counts the misses in {@code predictions} (one JSON per gold file, same names) and prints them by kind. */
    static void print(Path gold, Path predictions) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> kinds = new TreeMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.sorted().toList()) {
                Path predicted = predictions.resolve(file.getFileName());
                if (!file.getFileName().toString().endsWith(".json") || !Files.exists(predicted)) {
                    continue;
                }
                JsonNode article = mapper.readTree(file.toFile());
                String text = article.path("originalText").asText();
                JsonNode quotes = mapper.readTree(predicted.toFile()).path("quotes");
                for (JsonNode a : article.path("annotations")) {
                    JsonNode speaker = a.path("speaker").path("spans");
                    if (!a.path("type").asText().equals("Direct") || speaker.isEmpty()) {
                        continue;
                    }
                    JsonNode hit = hit(quotes, a.path("quote").path("spans"));
                    if (hit != null && !right(text, hit, speaker)) {
                        kinds.merge(kind(text, hit, speaker, a.path("quote").path("spans")), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.println("german: speaker misses by kind: " + kinds);
    }

    private static JsonNode hit(JsonNode predicted, JsonNode quote) {
        int b = quote.get(0).path("charBegin").asInt();
        int e = quote.get(quote.size() - 1).path("charEnd").asInt();
        for (JsonNode q : predicted) {
            String kind = q.path("kind").asText();
            if (q.path("start").asInt() < e && q.path("end").asInt() > b && (kind.equals("direct") || kind.equals("partial"))) {
                return q;
            }
        }
        return null;
    }

    private static boolean right(String text, JsonNode hit, JsonNode speaker) {
        JsonNode m = hit.path("mention");
        for (JsonNode s : speaker) {
            int gb = s.path("charBegin").asInt();
            int ge = s.path("charEnd").asInt();
            if (!m.isMissingNode() && !m.isNull()) {
                int inter = Math.min(m.path("end").asInt(), ge) - Math.max(m.path("start").asInt(), gb);
                if (inter > 0 && inter * 2 >= Math.min(m.path("end").asInt() - m.path("start").asInt(), ge - gb)) {
                    return true;
                }
            }
        }
        Set<String> words = new java.util.HashSet<>();
        for (String w : hit.path("speaker").asText("").split("\\s+")) {
            if (w.length() >= 4) {
                words.add(strip(w));
            }
        }
        for (JsonNode s : speaker) {
            for (String w : text.substring(s.path("charBegin").asInt(), s.path("charEnd").asInt()).split("\\s+")) {
                if (w.length() >= 4 && words.contains(strip(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String kind(String text, JsonNode hit, JsonNode speaker, JsonNode quote) {
        int gb = speaker.get(0).path("charBegin").asInt();
        String words = text.substring(gb, speaker.get(speaker.size() - 1).path("charEnd").asInt()).toLowerCase(Locale.ROOT);
        if (words.equals("er") || words.equals("sie")) {
            return "pronoun resolved to someone else";
        }
        for (String w : words.split("[\\s.\\-„“]+")) {
            for (String source : SOURCES) {
                if (w.endsWith(source)) {
                    return "document, medium or statement as source";
                }
            }
        }
        int qb = quote.get(0).path("charBegin").asInt();
        int between = Math.min(gb, qb);
        String gap = text.substring(between, Math.max(gb, qb));
        return gap.contains(". ") || gap.contains("\n") ? "speaker named in another sentence" : "another phrase of the sentence picked";
    }

    private static String strip(String w) {
        return w.replaceAll("^[.,;:]+|[.,;:]+$", "").toLowerCase(Locale.ROOT);
    }
}
