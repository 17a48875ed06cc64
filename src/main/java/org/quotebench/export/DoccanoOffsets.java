package org.quotebench.export;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.QuotebenchException;

/**
 * What doccano's offsets count: UTF-16 units (its default, as JavaScript counts) or grapheme clusters
 * (a project in grapheme mode counts a family emoji or an e with a combining accent as one
 * character). Either is turned into code points of the text here.
 */
public enum DoccanoOffsets {
    UTF16("UTF-16 units"),
    GRAPHEMES("graphemes");

    private final String unit;

    DoccanoOffsets(String unit) {
        this.unit = unit;
    }

    /** {@code utf16} or {@code graphemes}, as given to {@code --offsets}. */
    public static DoccanoOffsets parse(String given) {
        return switch (given.strip().toLowerCase(Locale.ROOT)) {
            case "utf16", "utf-16" -> UTF16;
            case "graphemes", "grapheme" -> GRAPHEMES;
            default -> throw new QuotebenchException("--offsets is utf16 (doccano's default) or graphemes; got '" + given + "'.");
        };
    }

    /** Converts offsets of one text into code points. */
    Converter in(String text) {
        CodePointIndex index = new CodePointIndex(text);
        if (this == UTF16) {
            return new Converter(unit, index.length(), index::toCodePoint);
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int[] boundaries = new int[16];
        int count = 0;
        for (int b = graphemes.first(); b != BreakIterator.DONE; b = graphemes.next()) {
            boundaries = count == boundaries.length ? Arrays.copyOf(boundaries, count * 2) : boundaries;
            boundaries[count++] = b;
        }
        int[] starts = Arrays.copyOf(boundaries, count);
        return new Converter(unit, count - 1, g -> index.toCodePoint(starts[g]));
    }

    /** One text's offsets in this unit: its length, and each offset (from 0 to the length) as a code point. */
    record Converter(String unit, int length, java.util.function.IntUnaryOperator toCodePoint) {
        int codePoint(int offset) {
            return toCodePoint.applyAsInt(offset);
        }
    }
}
