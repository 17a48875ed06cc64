package org.quotebench.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.quotebench.core.QuotebenchException;

/**
 * Opens a bundle safely: only its two entries are read, an entry named with {@code ..} or an
 * absolute path refuses the bundle, and so does one that grows past {@link #MAX_ENTRY} bytes or
 * expands more than {@link #MAX_RATIO} times its compressed size (a zip bomb): counted while reading,
 * whatever the archive's headers claim. Nothing is written to disk.
 */
final class BundleFile {
    static final long MAX_ENTRY = 1L << 30;
    static final int MAX_RATIO = 200;

    private BundleFile() {
    }

    /** The manifest and the quotes, as text. */
    static Map<String, String> read(Path file) {
        Map<String, String> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
                    throw new QuotebenchException(file + ": refused: the entry '" + name + "' points outside the bundle.");
                }
                if (name.equals(BundleExport.MANIFEST) || name.equals(BundleExport.QUOTES)) {
                    entries.put(name, read(file, zip, entry));
                }
            }
        } catch (ZipException e) {
            throw new QuotebenchException(file + ": not a Quotebench bundle (not a zip file).");
        } catch (IOException e) {
            throw new QuotebenchException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        for (String needed : new String[] {BundleExport.MANIFEST, BundleExport.QUOTES}) {
            if (!entries.containsKey(needed)) {
                throw new QuotebenchException(file + ": not a Quotebench bundle (no " + needed + ").");
            }
        }
        return entries;
    }

    private static String read(Path file, ZipFile zip, ZipEntry entry) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_ENTRY) {
                    throw new QuotebenchException(file + ": refused: " + entry.getName() + " is larger than " + (MAX_ENTRY >> 20) + " MB.");
                }
                if (total > (1 << 20) && total / compressed > MAX_RATIO) {
                    throw new QuotebenchException(file + ": refused: " + entry.getName() + " expands more than " + MAX_RATIO
                            + " times (a zip bomb?).");
                }
                bytes.write(buffer, 0, n);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
