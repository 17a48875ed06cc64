package org.quotebench.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Recognises an HTML page by how it starts, whatever its file is called. */
final class HtmlSniff {
    private static final int LOOK_AHEAD = 1024;

    private HtmlSniff() {
    }

    /** Looks at the raw bytes as if they were ASCII, which is enough for every encoding without a wide BOM. */
    static boolean looksLikeHtml(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return looksLikeHtml(new String(bytes, from, Math.min(bytes.length - from, LOOK_AHEAD), StandardCharsets.ISO_8859_1));
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), LOOK_AHEAD)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return true;
        }
        // An XML declaration or a comment may come before the <html> tag.
        return (head.startsWith("<?xml") || head.startsWith("<!--")) && head.contains("<html");
    }
}
