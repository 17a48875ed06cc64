package org.quotebench.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes windows-1252 the way browsers do: the five bytes Java leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) become the C1 controls of the same value, so this decoding never fails.
 */
final class Windows1252 {
    static final String NAME = "windows-1252";
    private static final char[] TABLE = buildTable();

    private Windows1252() {
    }

    static String decode(byte[] bytes, int offset) {
        char[] chars = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            chars[i - offset] = TABLE[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    /** Whether a detector's or a page's charset name means windows-1252 in practice (as in the WHATWG Encoding Standard). */
    static boolean isAlias(String charsetName) {
        String name = charsetName.toLowerCase(java.util.Locale.ROOT);
        return name.equals("windows-1252") || name.equals("cp1252") || name.equals("iso-8859-1")
                || name.equals("iso8859-1") || name.equals("iso_8859-1") || name.equals("latin1")
                || name.equals("l1") || name.equals("us-ascii") || name.equals("ascii");
    }

    private static char[] buildTable() {
        Charset cp1252 = Charset.forName(NAME);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                table[b] = cp1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            } catch (CharacterCodingException undefined) {
                table[b] = (char) b;
            }
        }
        return table;
    }
}
