package org.quotebench.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text files that hold data rather than an article: JSON documents and JSON Lines (by content:
 * the whole text, or every line, parses as a JSON object or array), brat annotation files, CSV and
 * TSV tables, and anything named .json, .jsonl or .ann. Says what the file is and what to use
 * instead. An article that merely contains or starts with a brace is not one of them.
 */
final class DataFile {
    static final String ANNOTATIONS = "not an article; annotation files go in with import-annotations"
            + " (--format jsonl, label-studio or doccano)";
    private static final String BRAT = "a brat annotation file, not an article; import its folder with import-annotations --format brat";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A brat line: an id (T1, R2, E3, A4, M5, N6, #7, or * for equivalences), a tab, then more. */
    private static final Pattern BRAT_LINE = Pattern.compile("([TRENAM#]\\d+|\\*)\\t\\S.*");

    private DataFile() {
    }

    /** The reason to refuse a decoded text, judged by its content and by its (lower-case) extension. */
    static Optional<String> reason(String extension, String text) {
        switch (extension) {
            case "csv":
                return Optional.of("a CSV table, " + ContainerFile.SPREADSHEET);
            case "tsv":
                return Optional.of("a TSV table, " + ContainerFile.SPREADSHEET);
            case "ann":
                return Optional.of(BRAT);
            default:
                break;
        }
        Optional<String> json = json(text.strip());
        if (json.isPresent()) {
            return json;
        }
        if (extension.equals("json")) {
            return Optional.of("a JSON file, " + ANNOTATIONS);
        }
        if (extension.equals("jsonl") || extension.equals("ndjson")) {
            return Optional.of("a JSON Lines file, " + ANNOTATIONS);
        }
        return isBrat(text) ? Optional.of(BRAT) : Optional.empty();
    }

    private static Optional<String> json(String text) {
        if (text.isEmpty() || (text.charAt(0) != '{' && text.charAt(0) != '[')) {
            return Optional.empty();
        }
        Optional<JsonNode> whole = parse(text);
        if (whole.isPresent() && whole.get().isContainerNode()) {
            JsonNode first = whole.get().isArray() ? whole.get().path(0) : whole.get();
            return Optional.of(known(first).orElse("a JSON document, " + ANNOTATIONS));
        }
        if (text.charAt(0) != '{') {
            return Optional.empty();
        }
        JsonNode first = null;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                continue;
            }
            Optional<JsonNode> record = parse(line);
            if (record.isEmpty() || !record.get().isObject()) {
                return Optional.empty();
            }
            first = first == null ? record.get() : first;
        }
        return Optional.of(known(first).orElse("a JSON Lines file, " + ANNOTATIONS));
    }

    /** The annotation format whose records look like this one, with the way to import it. */
    private static Optional<String> known(JsonNode record) {
        if (record.path("data").isObject()) {
            return Optional.of("a Label Studio export, not an article; use import-annotations --format label-studio");
        }
        if (record.has("text") && record.has("quotes")) {
            return Optional.of("a Quotebench export (JSON Lines), not an article; use import-annotations --format jsonl");
        }
        if (record.has("text") && (record.has("entities") || record.has("label") || record.has("relations"))) {
            return Optional.of("a doccano export (JSON Lines), not an article; use import-annotations --format doccano");
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** Every non-blank line is a brat annotation and at least one is a text-bound one (T…). */
    private static boolean isBrat(String text) {
        boolean textBound = false;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                continue;
            }
            if (!BRAT_LINE.matcher(line).matches()) {
                return false;
            }
            textBound |= line.startsWith("T");
        }
        return textBound;
    }
}
