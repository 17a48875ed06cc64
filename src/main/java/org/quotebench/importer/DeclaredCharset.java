package org.quotebench.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML page declares for itself in {@code <meta charset>} or {@code http-equiv Content-Type}. */
final class DeclaredCharset {
    /** Browsers look at the first 1024 bytes; a little more catches pages with long heads. */
    private static final int PRESCAN = 4096;
    // Bounded repetition keeps the scan linear whatever the page holds.
    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]{0,1000}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+\\-]{1,40})", Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    static Optional<Charset> of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? TextDecoder.supported(m.group(1)) : Optional.empty();
    }
}
