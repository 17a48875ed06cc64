package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotebench.core.Names;
import org.quotebench.core.QuotebenchException;

/**
 * A bundle's identities must each name one thing: an article or quote UUID appears once, and a
 * speaker or event UUID always with the same name. A bundle that repeats one is refused whole
 * before anything is merged (a repeated quote UUID would drop a quote; a speaker UUID with two names
 * would credit one person's words to another).
 */
final class BundleIdentities {
    private BundleIdentities() {
    }

    /** @param where each line's {@code FILE:quotes.jsonl:LINE}, for messages */
    static void check(List<String> where, List<JsonNode> lines) {
        Set<String> articles = new HashSet<>();
        Set<String> quotes = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            JsonNode line = lines.get(n);
            String at = where.get(n);
            once(at, "article", line.path("uuid").asText(), articles);
            line.path("events").forEach(e -> sameName(at, "event", e, names));
            for (JsonNode q : line.path("quotes")) {
                once(at, "quote", q.path("uuid").asText(), quotes);
                if (q.path("speaker").isObject()) {
                    sameName(at, "speaker", q.path("speaker"), names);
                }
                q.path("events").forEach(e -> sameName(at, "event", e, names));
            }
        }
    }

    private static void once(String at, String what, String uuid, Set<String> seen) {
        if (!seen.add(uuid)) {
            throw new QuotebenchException(at + ": refused, it repeats the " + what + " UUID " + uuid + ". Nothing was merged.");
        }
    }

    private static void sameName(String at, String what, JsonNode node, Map<String, String> names) {
        String uuid = node.path("uuid").asText();
        String name = node.path("name").asText();
        String earlier = names.putIfAbsent(what + " " + uuid, name);
        if (earlier != null && !Names.same(earlier, name)) {
            throw new QuotebenchException(at + ": refused, the " + what + " UUID " + uuid + " names both “" + earlier + "” and “" + name
                    + "”. Nothing was merged.");
        }
    }
}
