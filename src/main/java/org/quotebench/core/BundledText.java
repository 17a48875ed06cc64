package org.quotebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A UTF-8 text file inside the jar (a trained model, a word list), so that packages without I/O can use one. */
public final class BundledText {
    private BundledText() {
    }

    /** The resource at {@code path} (absolute, "/org/…"), or empty when the jar has none. */
    public static Optional<String> read(String path) {
        try (InputStream in = BundledText.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's " + path + " cannot be read", e);
        }
    }
}
