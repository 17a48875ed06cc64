package org.quotebench.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Annotation files shaped as their tools write them, over one fictional article whose emoji and
 * combining accent make code points, UTF-16 units and Java indices differ, with what importing each
 * must store exactly: one line per quote, "start-end kind speaker annotator" in code points.
 */
public final class RealShapedFiles {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String TEXT = "🚢 Sainte-Rose\u0301 ferry news.\nUnion leader Yusuf Demir said that crews were tired. "
            + "“We will not sail,” he told reporters.";
    public static final String DIRECT = "“We will not sail,”";
    public static final String INDIRECT = "that crews were tired.";

    private RealShapedFiles() {
    }

    /** Code point offset of the first occurrence of {@code words} in the text. */
    public static int at(String words) {
        return TEXT.codePointCount(0, TEXT.indexOf(words));
    }

    public static int end(String words) {
        return at(words) + words.codePointCount(0, words.length());
    }

    /** The quotes each base file must give: "start-end kind speaker mention cue annotator" in code points. */
    static List<String> expected(String format) {
        String annotator = switch (format) {
            case "jsonl", "bundle" -> "ana";
            case "label-studio" -> "ana@example.org";
            default -> format;
        };
        String he = format.equals("jsonl") || format.equals("bundle") || format.equals("brat") ? at("he told") + "-" + (at("he told") + 2) : "-";
        return List.of(at(INDIRECT) + "-" + end(INDIRECT) + " indirect Yusuf Demir " + at("Yusuf Demir") + "-" + end("Yusuf Demir")
                + " " + at("said") + "-" + end("said") + " " + annotator,
                at(DIRECT) + "-" + end(DIRECT) + " direct - " + he + " - " + annotator);
    }

    static String jsonl() {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", 1).put("uuid", "5f1c0b6e-2d7a-4b8e-9a53-0c1f2e3d4a5b").put("title", "Ferry news").put("outlet", "Harbour Post")
                .put("author", "R. Okafor").put("url", "https://example.org/ferry").put("published_on", "2026-03-04")
                .put("language", "en").put("source_name", "ferry.txt").put("text", TEXT);
        ArrayNode quotes = line.putArray("quotes");
        ObjectNode indirect = quotes.addObject();
        indirect.put("id", 7).put("start", at(INDIRECT)).put("end", end(INDIRECT)).put("text", INDIRECT).put("kind", "indirect")
                .put("status", "accepted").put("verdict", "accurate").put("note", "checked with the union");
        indirect.putObject("speaker").put("name", "Yusuf Demir").put("wikidata", "Q42");
        indirect.putObject("mention").put("start", at("Yusuf Demir")).put("end", end("Yusuf Demir"));
        indirect.putObject("cue").put("start", at("said")).put("end", end("said"));
        indirect.putArray("events").addObject().put("name", "Ferry strike 2026");
        indirect.put("annotator", "ana");
        ObjectNode direct = quotes.addObject();
        direct.put("id", 8).put("start", at(DIRECT)).put("end", end(DIRECT)).put("text", DIRECT).put("kind", "direct")
                .put("status", "accepted").put("verdict", "unchecked").putNull("speaker").put("annotator", "ana");
        direct.putObject("mention").put("start", at("he told")).put("end", at("he told") + 2);
        direct.putArray("events");
        return line.toString() + "\n";
    }

    /** The same article as one line of a bundle's quotes.jsonl: everything carries its UUID, as bundles do. */
    static String bundleLine() {
        try {
            ObjectNode line = (ObjectNode) JSON.readTree(jsonl());
            int n = 0;
            for (com.fasterxml.jackson.databind.JsonNode q : line.get("quotes")) {
                ((ObjectNode) q).put("uuid", "0b0e4c1a-7d2f-4e5a-8b6c-9d0e1f2a3b4" + n++).put("created_at", "2026-03-04T10:00:00Z")
                        .put("updated_at", "2026-03-04T10:00:00Z");
                if (q.get("speaker").isObject()) {
                    ((ObjectNode) q.get("speaker")).put("uuid", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f").put("kind", "person");
                }
                q.get("events").forEach(e -> ((ObjectNode) e).put("uuid", "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"));
            }
            return line.toString() + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A Label Studio export as Label Studio writes it: one annotation per annotator, relations drawn from the speaker. */
    public static String labelStudio() {
        ArrayNode tasks = JSON.createArrayNode();
        ObjectNode task = tasks.addObject();
        task.put("id", 31);
        ArrayNode annotations = task.putArray("annotations");
        ObjectNode annotation = annotations.addObject();
        annotation.put("id", 12);
        annotation.putObject("completed_by").put("id", 1).put("email", "ana@example.org").put("first_name", "").put("last_name", "");
        ArrayNode result = annotation.putArray("result");
        region(result, "q1", INDIRECT, "Quote");
        ((ObjectNode) result.get(0)).putObject("meta").put("kind", "indirect");
        region(result, "s1", "Yusuf Demir", "Speaker");
        region(result, "c1", "said", "Cue");
        region(result, "q2", DIRECT, "Quote");
        region(result, "t1", "ferry news", "Topic");
        relation(result, "s1", "q1", "said by");
        relation(result, "q1", "c1", "cued by");
        annotation.put("was_cancelled", false).put("ground_truth", false).put("created_at", "2026-03-04T10:00:00.000000Z")
                .put("updated_at", "2026-03-04T10:05:00.000000Z").put("lead_time", 42.5).putNull("prediction").put("result_count", 0)
                .put("task", 31).putNull("parent_prediction").putNull("parent_annotation");
        ObjectNode cancelled = annotations.addObject();
        cancelled.put("id", 13).put("completed_by", 2).put("was_cancelled", true);
        region(cancelled.putArray("result"), "x1", "Union leader", "Quote");
        task.putArray("drafts");
        task.putArray("predictions");
        task.putObject("data").put("text", TEXT).put("title", "Ferry news");
        task.putObject("meta");
        task.put("created_at", "2026-03-04T09:00:00.000000Z").put("inner_id", 1).put("total_annotations", 1)
                .put("cancelled_annotations", 1).put("project", 3).put("updated_by", 1).putArray("comment_authors");
        return JSON.valueToTree(tasks).toPrettyString() + "\n";
    }

    private static void region(ArrayNode result, String id, String words, String label) {
        ObjectNode r = result.addObject();
        ObjectNode value = r.putObject("value");
        value.put("start", at(words)).put("end", end(words)).put("text", words).putArray("labels").add(label);
        r.put("id", id).put("from_name", "label").put("to_name", "text").put("type", "labels").put("origin", "manual");
    }

    private static void relation(ArrayNode result, String from, String to, String label) {
        ObjectNode r = result.addObject();
        r.put("from_id", from).put("to_id", to).put("type", "relation").put("direction", "right").putArray("labels").add(label);
    }

    /** doccano's relation-extraction JSONL: UTF-16 offsets, integer ids. */
    public static String doccano() {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", 4).put("text", TEXT);
        ArrayNode entities = line.putArray("entities");
        entity(entities, 10, "INDIRECT", INDIRECT);
        entity(entities, 11, "SPEAKER", "Yusuf Demir");
        entity(entities, 12, "CUE", "said");
        entity(entities, 13, "QUOTE", DIRECT);
        ArrayNode relations = line.putArray("relations");
        relations.addObject().put("id", 1).put("from_id", 10).put("to_id", 11).put("type", "said by");
        relations.addObject().put("id", 2).put("from_id", 10).put("to_id", 12).put("type", "cued by");
        line.putArray("Comments");
        return line.toString() + "\n";
    }

    private static void entity(ArrayNode entities, int id, String label, String words) {
        entities.addObject().put("id", id).put("label", label).put("start_offset", TEXT.indexOf(words))
                .put("end_offset", TEXT.indexOf(words) + words.length());
    }

    /** A brat pair, NAME.txt and NAME.ann, PARC-style. */
    static Map<String, String> brat() {
        String ann = "T1\tSource " + at("Yusuf Demir") + " " + end("Yusuf Demir") + "\tYusuf Demir\n"
                + "T2\tCue " + at("said") + " " + end("said") + "\tsaid\n"
                + "T3\tContent " + at(INDIRECT) + " " + end(INDIRECT) + "\t" + INDIRECT + "\n"
                + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
                + "T5\tContent " + at(DIRECT) + " " + end(DIRECT) + "\t" + DIRECT + "\n"
                + "T6\tSource " + at("he told") + " " + (at("he told") + 2) + "\the\n"
                + "E2\tAttribution:T6 Source:T6 Content:T5\n"
                + "A1\tFactuality E1 factual\n"
                + "#1\tAnnotatorNotes T1\tYusuf Demir\n";
        return Map.of("txt", TEXT, "ann", ann);
    }
}
