package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quotebench.core.QuotebenchException;

/**
 * One JSON object of an annotation file, read field by field with its types checked: a missing,
 * null or wrongly typed field, or a number that does not fit an offset, refuses the file with
 * {@code FILE:LINE: what: reason}, where {@code what} says which object it is ("quote 2").
 */
final class JsonFields {
    private final LocatedJson json;
    private final JsonNode node;
    private final String what;

    private JsonFields(LocatedJson json, JsonNode node, String what) {
        this.json = json;
        this.node = node;
        this.what = what;
    }

    /** The object {@code node} of {@code json}, named {@code what} in messages ("" for a line's own object). */
    static JsonFields of(LocatedJson json, JsonNode node, String what) {
        JsonFields fields = new JsonFields(json, node, what);
        if (!node.isObject()) {
            throw fields.refusal(what.isEmpty() ? "should be a JSON object; it is " + describe(node) + "."
                    : "should be an object; it is " + describe(node) + ".");
        }
        return fields;
    }

    /** {@code FILE:LINE} of this object, followed by what it is when it has a name: for spans checked elsewhere. */
    String where() {
        return json.file() + ":" + json.line(node) + (what.isEmpty() ? "" : ": " + what);
    }

    /** What this object is in messages ("quote 2"), empty for a line's own object. */
    String name() {
        return what;
    }

    /** A refusal at this object's line. */
    QuotebenchException refusal(String reason) {
        return new QuotebenchException(where() + ": " + reason);
    }

    /** A refusal at the line of {@code field}. */
    QuotebenchException refusal(String field, String reason) {
        return new QuotebenchException(json.file() + ":" + json.line(node, field) + (what.isEmpty() ? "" : ": " + what) + ": " + reason);
    }

    boolean has(String field) {
        return present(field).isPresent();
    }

    /** The field's value; missing and null are both absent. */
    Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode required(String field) {
        return present(field).orElseThrow(() -> refusal(field, "has no \"" + field + "\"."));
    }

    String string(String field) {
        return asString(field, required(field));
    }

    Optional<String> optionalString(String field) {
        return present(field).map(value -> asString(field, value));
    }

    int integer(String field) {
        return wholeNumber(required(field), "\"" + field + "\"", reason -> refusal(field, reason));
    }

    Optional<Integer> optionalInteger(String field) {
        return present(field).map(value -> wholeNumber(value, "\"" + field + "\"", reason -> refusal(field, reason)));
    }

    /** A list of values; missing or null is an empty list. */
    List<JsonNode> list(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw refusal(field, "\"" + field + "\" should be a list; it is " + describe(value.get()) + ".");
        }
        List<JsonNode> items = new ArrayList<>();
        value.get().forEach(items::add);
        return items;
    }

    /** A list of objects, each named {@code each} and its number in messages ("quote 1"); missing or null is empty. */
    List<JsonFields> objects(String field, String each) {
        List<JsonFields> objects = new ArrayList<>();
        List<JsonNode> items = list(field);
        for (int i = 0; i < items.size(); i++) {
            objects.add(element(items.get(i), each + " " + (i + 1)));
        }
        return objects;
    }

    /** An object inside this one (a field's value or a list's element), named {@code name} in messages. */
    JsonFields element(JsonNode value, String name) {
        if (!value.isObject()) {
            throw new QuotebenchException(json.file() + ":" + json.line(value.isContainerNode() ? value : node) + ": " + name
                    + " should be an object; it is " + describe(value) + ".");
        }
        return new JsonFields(json, value, name);
    }

    /** An object field, missing or null being absent. */
    Optional<JsonFields> object(String field, String name) {
        return present(field).map(value -> {
            if (!value.isObject()) {
                throw refusal(field, "\"" + field + "\" should be an object; it is " + describe(value) + ".");
            }
            return new JsonFields(json, value, name);
        });
    }

    private String asString(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw refusal(field, "\"" + field + "\" should be a string; it is " + describe(value) + ".");
        }
        return value.textValue();
    }

    /** An int from a JSON whole number; a string, a fraction or a number past an int's range is refused through {@code refuse}. */
    static int wholeNumber(JsonNode value, String name, Function<String, QuotebenchException> refuse) {
        if (!value.isIntegralNumber()) {
            throw refuse.apply(name + " should be a whole number; it is " + describe(value) + ".");
        }
        if (!value.canConvertToInt()) {
            throw refuse.apply(name + " is " + AnnotationFiles.shorten(value.bigIntegerValue().toString()) + ", too "
                    + (value.bigIntegerValue().signum() < 0 ? "small" : "large") + " for an offset.");
        }
        return value.intValue();
    }

    /** What a JSON value is, for messages: "a string ("1")", "a number (5)", "an object". */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        return switch (value.getNodeType()) {
            case STRING -> "a string (\"" + AnnotationFiles.shorten(value.textValue()) + "\")";
            case NUMBER -> "a number (" + AnnotationFiles.shorten(value.asText()) + ")";
            case BOOLEAN -> value.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
