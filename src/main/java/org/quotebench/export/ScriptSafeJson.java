package org.quotebench.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Pretty-printed JSON that is safe inside an HTML {@code <script type="application/ld+json">}:
 * {@code <}, {@code >} and {@code &} are written as JSON's Unicode escapes (backslash, u, 003c, 003e
 * and 0026), so no text in it (a quote, a title from a web page) can close the script or open
 * a comment. Any JSON parser reads the same values back.
 */
final class ScriptSafeJson {
    static final ObjectWriter WRITER = JsonShapes.MAPPER.writerWithDefaultPrettyPrinter().with(new Escapes());

    private ScriptSafeJson() {
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        Escapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                default -> null;
            };
        }
    }
}
