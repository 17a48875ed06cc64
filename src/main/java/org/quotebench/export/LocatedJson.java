package org.quotebench.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.quotebench.core.QuotebenchException;

/**
 * A JSON text read into a tree that remembers the line each object, list and field starts on, so
 * that a refusal can name {@code FILE:LINE} even in a pretty-printed file of many lines. Jackson's
 * own limits (nesting depth, string and number length) apply; anything after the one JSON value
 * refuses the text.
 */
final class LocatedJson {
    private final String file;
    private final JsonNode root;
    private final Map<JsonNode, Integer> starts = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Integer>> fieldLines = new IdentityHashMap<>();

    private LocatedJson(String file, String content, int firstLine) {
        this.file = file;
        this.root = parse(content, firstLine);
    }

    /** Reads {@code content}, whose first line is line {@code firstLine} of {@code file}. */
    static LocatedJson read(String file, String content, int firstLine) {
        return new LocatedJson(file, content, firstLine);
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** The line an object or list starts on (the root's line for a plain value). */
    int line(JsonNode node) {
        return starts.getOrDefault(node, starts.getOrDefault(root, 1));
    }

    /** The line a field of an object starts on, or the object's own line when the field is missing. */
    int line(JsonNode object, String field) {
        Map<String, Integer> lines = fieldLines.get(object);
        Integer line = lines == null ? null : lines.get(field);
        return line == null ? line(object) : line;
    }

    private JsonNode parse(String content, int firstLine) {
        int lineShift = firstLine - 1;
        try (JsonParser parser = JsonShapes.MAPPER.getFactory().createParser(content)) {
            Deque<JsonNode> open = new ArrayDeque<>();
            String field = null;
            JsonNode top = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr() + lineShift;
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    fieldLines.computeIfAbsent(open.peek(), o -> new HashMap<>()).put(field, line);
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    JsonNode closed = open.pop();
                    if (open.isEmpty()) {
                        top = closed;
                        break;
                    }
                    continue;
                }
                JsonNode value = value(parser, token);
                if (value.isContainerNode()) {
                    starts.put(value, line);
                }
                if (open.isEmpty()) {
                    top = value;
                } else if (open.peek() instanceof ObjectNode object) {
                    object.set(field, value);
                } else {
                    ((ArrayNode) open.peek()).add(value);
                }
                if (value.isContainerNode()) {
                    open.push(value);
                } else if (open.isEmpty()) {
                    break;
                }
            }
            if (top == null) {
                throw new QuotebenchException(file + ":" + (firstLine + Math.max(0, content.split("\n", -1).length - 1))
                        + ": not JSON (the file ends before the JSON does).");
            }
            if (parser.nextToken() != null) {
                throw new QuotebenchException(file + ":" + (parser.currentTokenLocation().getLineNr() + lineShift)
                        + ": more after the JSON value ends.");
            }
            return top;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = (at == null ? 1 : Math.max(1, at.getLineNr())) + lineShift;
            throw new QuotebenchException(file + ":" + line + ": not JSON (" + AnnotationFiles.shorten(e.getOriginalMessage()) + ").");
        } catch (IOException e) {
            throw new QuotebenchException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case START_OBJECT -> nodes.objectNode();
            case START_ARRAY -> nodes.arrayNode();
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new QuotebenchException(file + ":" + parser.currentTokenLocation().getLineNr() + ": not JSON (" + token
                    + ").");
        };
    }
}
