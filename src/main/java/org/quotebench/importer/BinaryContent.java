package org.quotebench.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Signs that a file is not text: a known file signature, NUL bytes, or too many control characters.
 * Archives and packaged documents are {@link ContainerFile}'s.
 */
final class BinaryContent {
    /** How many bytes from the start are looked at to recognise UTF-16 or UTF-32 without a byte order mark. */
    private static final int WIDE_SAMPLE = 64 * 1024;

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
            Signature.of("a PNG image", "\u0089PNG\r\n\u001A\n"),
            Signature.of("a JPEG image", "\u00FF\u00D8\u00FF"),
            Signature.of("a GIF image", "GIF87a"),
            Signature.of("a GIF image", "GIF89a"),
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

    /**
     * Whether NUL bytes fall in the pattern of UTF-16 without a byte order mark: in a sample from the
     * start, at least a quarter of the even (big-endian) or of the odd (little-endian) positions are NUL,
     * almost none of the others, and the sample decodes as UTF-16 of that order into text.
     */
    static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, WIDE_SAMPLE) & ~1;
        int[] nuls = new int[2];
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nuls[i & 1]++;
            }
        }
        int pairs = sample / 2;
        for (int high = 0; high < 2; high++) {
            if (nuls[high] >= 2 && nuls[high] * 4 >= pairs && nuls[1 - high] * 100 <= pairs) {
                // A sample cut after the first half of a surrogate pair loses that half.
                int end = sample < bytes.length && (bytes[sample - 2 + high] & 0xFC) == 0xD8 ? sample - 2 : sample;
                return decodesToText(bytes, end, high == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            }
        }
        return false;
    }

    /**
     * Whether the bytes are UTF-32 without a byte order mark: in a sample from the start, every
     * four-byte unit of one order has a NUL top byte and a plane byte of at most 0x10 (mostly NUL: letters
     * beyond the first plane, an emoji, are rare), and the sample decodes as UTF-32 of that order into text.
     */
    static boolean looksLikeUtf32WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, WIDE_SAMPLE) & ~3;
        int units = sample / 4;
        if (units < 2) {
            return false;
        }
        for (boolean bigEndian : new boolean[] {false, true}) {
            int top = bigEndian ? 0 : 3;
            int plane = bigEndian ? 1 : 2;
            int beyondFirstPlane = 0;
            boolean fits = true;
            for (int u = 0; u < units && fits; u++) {
                int planeByte = bytes[u * 4 + plane] & 0xFF;
                fits = bytes[u * 4 + top] == 0 && planeByte <= 0x10;
                beyondFirstPlane += planeByte == 0 ? 0 : 1;
            }
            if (fits && beyondFirstPlane * 10 <= units) {
                return decodesToText(bytes, sample, Charset.forName(bigEndian ? "UTF-32BE" : "UTF-32LE"));
            }
        }
        return false;
    }

    /** Whether the first {@code end} bytes decode in {@code charset} into text: no NUL, not mostly control characters. */
    private static boolean decodesToText(byte[] bytes, int end, Charset charset) {
        try {
            String text = charset.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end)).toString();
            return text.indexOf('\0') < 0 && !org.quotebench.core.PlainText.mostlyControlCharacters(text);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
