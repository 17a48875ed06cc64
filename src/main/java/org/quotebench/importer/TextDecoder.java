package org.quotebench.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a file's bytes into text and names the encoding used.
 *
 * <p>Order: a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides; else strict UTF-8; else, for HTML, the
 * page's own {@code <meta charset>}; else ICU's detector when it is confident, clearly prefers another
 * charset to windows-1252 and its answer decodes without error; else windows-1252, which never fails.
 * The reported names are "UTF-8", "UTF-8 (BOM)" (a BOM was there and was removed), "UTF-16LE",
 * "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252" (also for ISO-8859-1 and ASCII answers, as
 * browsers do) or the Java name of the detected or declared charset. Line endings become LF; nothing
 * else changes.
 */
final class TextDecoder {
    /** ICU's confidence (0-100) below which its guess is not trusted over windows-1252. */
    static final int MIN_CONFIDENCE = 50;
    /** How many points of confidence a guess needs over ICU's windows-1252/ISO-8859-1 guess to be used instead. */
    static final int MARGIN_OVER_WINDOWS_1252 = 10;
    /** ICU reads only this much: enough to guess, and it keeps a 20 MB file fast. */
    private static final int DETECTION_SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code html} lets a declared charset take part.
     *
     * @throws RefusedFile when a UTF-16 or UTF-32 BOM is followed by bytes that are not that encoding
     */
    static DecodedText decode(byte[] bytes, boolean html, String fileName) {
        return decode(bytes, html, fileName, Optional.empty());
    }

    /**
     * Decodes {@code bytes}; {@code sent} is the charset a web server's Content-Type header named,
     * which comes before one the page declares (and before guessing) when the bytes are not UTF-8.
     */
    static DecodedText decode(byte[] bytes, boolean html, String fileName, Optional<Charset> sent) {
        Bom bom = Bom.of(bytes);
        DecodedText decoded = switch (bom) {
            case UTF_8 -> utf8(bytes, 3, "UTF-8 (BOM)").orElseGet(() -> fallback(bytes, 3, html, sent));
            case NONE -> utf8(bytes, 0, "UTF-8").orElseGet(() -> fallback(bytes, 0, html, sent));
            default -> strict(Charset.forName(bom.charset), bytes, bom.length)
                    .map(text -> new DecodedText(text, bom.charset))
                    .orElseThrow(() -> new RefusedFile(fileName, "invalid " + bom.charset + " text"));
        };
        return new DecodedText(LineEndings.toLf(decoded.text()), decoded.encoding());
    }

    /** Whether the bytes start with a BOM of an encoding in which ASCII takes more than one byte. */
    static boolean hasWideBom(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return bom != Bom.NONE && bom != Bom.UTF_8;
    }

    private static Optional<DecodedText> utf8(byte[] bytes, int offset, String name) {
        return strict(StandardCharsets.UTF_8, bytes, offset).map(text -> new DecodedText(text, name));
    }

    private static DecodedText fallback(byte[] bytes, int offset, boolean html, Optional<Charset> sent) {
        Optional<DecodedText> declared = sent.flatMap(cs -> decodeAs(cs, bytes, offset)).or(() -> html
                ? DeclaredCharset.of(bytes).flatMap(cs -> decodeAs(cs, bytes, offset)) : Optional.empty());
        return declared.or(() -> detected(bytes, offset, html))
                .orElseGet(() -> new DecodedText(Windows1252.decode(bytes, offset), Windows1252.NAME));
    }

    private static Optional<DecodedText> detected(byte[] bytes, int offset, boolean html) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + DETECTION_SAMPLE)));
        CharsetMatch[] matches = detector.detectAll();
        // ICU often rates ISO-8859-2 as high as ISO-8859-1 on short Latin text, which would turn "è" into
        // "č"; windows-1252 is the default, so another guess must beat it clearly.
        int latin1 = 0;
        for (CharsetMatch match : matches) {
            if (Windows1252.isAlias(match.getName())) {
                latin1 = Math.max(latin1, match.getConfidence());
            }
        }
        for (CharsetMatch match : matches) {
            int confidence = match.getConfidence();
            if (confidence < MIN_CONFIDENCE || confidence < latin1 + MARGIN_OVER_WINDOWS_1252) {
                break;
            }
            Optional<DecodedText> decoded = supported(match.getName()).flatMap(cs -> decodeAs(cs, bytes, offset));
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        return Optional.empty();
    }

    /** Decodes with a named charset; UTF-16/32 without a BOM are not trusted, and UTF-8 has already failed. */
    private static Optional<DecodedText> decodeAs(Charset charset, byte[] bytes, int offset) {
        String name = charset.name();
        if (name.startsWith("UTF-")) {
            return Optional.empty();
        }
        if (Windows1252.isAlias(name)) {
            return Optional.of(new DecodedText(Windows1252.decode(bytes, offset), Windows1252.NAME));
        }
        return strict(charset, bytes, offset).map(text -> new DecodedText(text, name));
    }

    static Optional<Charset> supported(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException badName) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Byte order marks, longest first so that UTF-32LE is not taken for UTF-16LE. */
    private enum Bom {
        UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
        UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
        UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
        UTF_16LE("UTF-16LE", 0xFF, 0xFE),
        UTF_16BE("UTF-16BE", 0xFE, 0xFF),
        NONE("", new int[0]);

        final String charset;
        final int length;
        private final int[] marks;

        Bom(String charset, int... marks) {
            this.charset = charset;
            this.marks = marks;
            this.length = marks.length;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bom != NONE && bom.matches(bytes)) {
                    return bom;
                }
            }
            return NONE;
        }

        private boolean matches(byte[] bytes) {
            if (bytes.length < marks.length) {
                return false;
            }
            for (int i = 0; i < marks.length; i++) {
                if ((bytes[i] & 0xFF) != marks[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
