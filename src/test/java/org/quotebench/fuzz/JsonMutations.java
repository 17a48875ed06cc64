package org.quotebench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutates a JSON tree the way broken exports and hostile files differ from good ones: a field removed,
 * made null, of the wrong type (a string id, an object for a list), a number out of range or off by
 * one, a string with a NUL, half an emoji or a line break, a value wrapped or nested deep, an element
 * repeated.
 */
final class JsonMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NUMBERS = {"4294967373", "2147483647", "2147483648", "-1", "-2147483649", "0", "1.5", "1e20",
        "99999999999999999999999", "-0", "7"};
    private static final String[] STRINGS = {"", "Quote", "Speaker", "Cue", "Topic", "INDIRECT", "relation", "said by", "a\u0000b",
        "\ud83d", "x\r\ny", "🚢", "direct", "misquoted", "Q42", "Qx", "T1", "1", "ana@example.org", " "};

    private final Random random;

    JsonMutations(Random random) {
        this.random = random;
    }

    /** A place in the tree: the container and the field name or index of one value in it. */
    private record Place(JsonNode container, String field, int index) {
        JsonNode get() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    /** Applies one random mutation to {@code root} (in place). */
    void mutate(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, places);
        if (places.isEmpty()) {
            return;
        }
        Place place = places.get(random.nextInt(places.size()));
        JsonNode value = place.get();
        switch (random.nextInt(13)) {
            case 0 -> place.remove();
            case 1 -> place.set(NODES.nullNode());
            case 2 -> place.set(number());
            case 3 -> place.set(NODES.textNode(value.isValueNode() ? value.asText() : STRINGS[random.nextInt(STRINGS.length)]));
            case 4 -> place.set(NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]));
            case 5 -> place.set(random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode());
            case 6 -> place.set(random.nextBoolean() ? NODES.arrayNode().add(value) : NODES.objectNode().set("v", value));
            case 7 -> place.set(value.isIntegralNumber() ? NODES.numberNode(value.bigIntegerValue().add(BigInteger.valueOf(
                    random.nextInt(5) - 2))) : NODES.booleanNode(random.nextBoolean()));
            case 8 -> place.set(deep(random.nextBoolean() ? 50 : 995, value)); // 995 within a file passes the 1000 Jackson allows
            case 9 -> {
                if (place.container().isArray()) {
                    ((ArrayNode) place.container()).insert(place.index(), value.deepCopy());
                } else {
                    ((ObjectNode) place.container()).set(place.field() + "_x", value.deepCopy());
                }
            }
            case 10 -> place.set(places.get(random.nextInt(places.size())).get().deepCopy());
            case 11 -> place.set(value.isTextual() ? NODES.textNode(edited(value.textValue())) : number());
            default -> {
                if (value.isObject()) {
                    ((ObjectNode) value).put("unknown_field", STRINGS[random.nextInt(STRINGS.length)]);
                } else {
                    place.set(NODES.textNode(value.asText() + STRINGS[random.nextInt(STRINGS.length)]));
                }
            }
        }
    }

    private JsonNode number() {
        String n = NUMBERS[random.nextInt(NUMBERS.length)];
        return n.contains(".") || n.contains("e") ? NODES.numberNode(new java.math.BigDecimal(n)) : NODES.numberNode(new BigInteger(n));
    }

    private String edited(String s) {
        if (s.isEmpty()) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        int at = random.nextInt(s.length());
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + s.substring(at + 1); // may cut an emoji in half
            case 1 -> s.substring(0, at) + STRINGS[random.nextInt(STRINGS.length)] + s.substring(at);
            case 2 -> s.substring(0, at);
            default -> s.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static JsonNode deep(int depth, JsonNode inner) {
        JsonNode node = inner;
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                places.add(new Place(node, f, -1));
                collect(node.get(f), places);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i));
                collect(node.get(i), places);
            }
        }
    }
}
