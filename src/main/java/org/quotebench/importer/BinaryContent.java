package org.quotebench.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Signs that a file is not text: a known file signature, NUL bytes, or too many control characters. */
final class BinaryContent {
    /** More than one control character in this many characters means the file is not text. */
    private static final int CONTROL_CHARACTER_RATIO = 20;

    private record Signature(String looksLike, byte[] magic, int offset) {
        static Signature of(String looksLike, String magic) {
            return new Signature(looksLike, magic.getBytes(StandardCharsets.ISO_8859_1), 0);
        }

        boolean matches(byte[] bytes) {
            if (bytes.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (bytes[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("a PDF", "%PDF-"),
            Signature.of("a ZIP archive or an Office document", "PK\u0003\u0004"),
            Signature.of("a ZIP archive or an Office document", "PK\u0005\u0006"),
            Signature.of("a ZIP archive or an Office document", "PK\u0007\u0008"),
            Signature.of("an old Office document", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1"),
            Signature.of("a PNG image", "\u0089PNG\r\n\u001A\n"),
            Signature.of("a JPEG image", "\u00FF\u00D8\u00FF"),
            Signature.of("a GIF image", "GIF87a"),
            Signature.of("a GIF image", "GIF89a"),
            Signature.of("a gzip archive", "\u001F\u008B"),
            Signature.of("a 7-Zip archive", "7z\u00BC\u00AF\u0027\u001C"),
            Signature.of("a RAR archive", "Rar!\u001A\u0007"),
            Signature.of("an XZ archive", "\u00FD7zXZ\u0000"),
            Signature.of("an ELF executable", "\u007FELF"),
            Signature.of("a Java class file", "\u00CA\u00FE\u00BA\u00BE"),
            Signature.of("an SQLite database", "SQLite format 3\u0000"));

    private BinaryContent() {
    }

    /** What the bytes look like when they start with a known binary signature, e.g. "a PDF". */
    static Optional<String> signature(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (s.matches(bytes)) {
                return Optional.of(s.looksLike());
            }
        }
        return Optional.empty();
    }

    static boolean hasNulByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether control characters other than tab, line feed, carriage return and form feed are frequent. */
    static boolean mostlyControlCharacters(String text) {
        long controls = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            }
        }
        return controls * CONTROL_CHARACTER_RATIO > n;
    }
}
