package org.quotebench.importer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Archives and packaged documents (ZIP, gzip, bzip2, xz, 7-Zip, RAR, Zstandard, tar; Office,
 * OpenDocument and EPUB files, Quotebench bundles), recognised by their signature: what the file is,
 * and what to do instead of importing it as an article. The file's extension only refines what a ZIP
 * or an old Office file holds.
 */
final class ContainerFile {
    static final String SPREADSHEET = "not an article; save each article as a .txt or .html file and import those";
    static final String DOCUMENT = "not an article; save it as plain text (.txt) or a web page (.html) and import that";
    private static final String UNPACK_FOLDER = "not an article; unpack it and import the folder";
    private static final String UNPACK = "not an article; unpack it and import what is inside";

    /** What a ZIP file with this extension is. */
    private static final Map<String, String> ZIP_BY_EXTENSION = Map.ofEntries(
            Map.entry("xlsx", "an Excel spreadsheet, " + SPREADSHEET), Map.entry("xlsm", "an Excel spreadsheet, " + SPREADSHEET),
            Map.entry("ods", "an OpenDocument spreadsheet, " + SPREADSHEET), Map.entry("docx", "a Word document, " + DOCUMENT),
            Map.entry("odt", "an OpenDocument text, " + DOCUMENT), Map.entry("pptx", "a PowerPoint presentation, " + DOCUMENT),
            Map.entry("odp", "an OpenDocument presentation, " + DOCUMENT), Map.entry("epub", "an EPUB book, " + DOCUMENT),
            Map.entry("qbz", "a Quotebench bundle, not an article; merge it with import-annotations --format bundle"));

    /** What an OpenDocument's first entry, {@code mimetype}, says it is. */
    private static final Map<String, String> OPEN_DOCUMENT = Map.of(
            "application/vnd.oasis.opendocument.spreadsheet", "ods", "application/vnd.oasis.opendocument.text", "odt",
            "application/vnd.oasis.opendocument.presentation", "odp", "application/epub+zip", "epub");

    private static final Map<String, String> OLD_OFFICE = Map.of("xls", "an Excel spreadsheet, " + SPREADSHEET,
            "doc", "a Word document, " + DOCUMENT, "ppt", "a PowerPoint presentation, " + DOCUMENT);

    private ContainerFile() {
    }

    /** The reason to refuse the bytes when they are an archive or a packaged document. */
    static Optional<String> reason(String extension, byte[] bytes) {
        if (startsWith(bytes, 0, "PK\u0003\u0004") || startsWith(bytes, 0, "PK\u0005\u0006") || startsWith(bytes, 0, "PK\u0007\u0008")) {
            return Optional.of(zip(extension, bytes));
        }
        if (startsWith(bytes, 0, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            return Optional.of(OLD_OFFICE.getOrDefault(extension, "an old Office document, " + DOCUMENT));
        }
        if (startsWith(bytes, 0, "\u001F\u008B")) {
            return Optional.of(extension.equals("tgz") ? "a compressed tar archive, " + UNPACK_FOLDER : "a gzip archive, " + UNPACK);
        }
        if (startsWith(bytes, 0, "BZh") && startsWith(bytes, 4, "1AY&SY")) {
            return Optional.of("a bzip2 archive, " + UNPACK);
        }
        if (startsWith(bytes, 0, "\u00FD7zXZ\u0000")) {
            return Optional.of("an XZ archive, " + UNPACK);
        }
        if (startsWith(bytes, 0, "\u0028\u00B5\u002F\u00FD")) {
            return Optional.of("a Zstandard archive, " + UNPACK);
        }
        if (startsWith(bytes, 0, "7z\u00BC\u00AF\u0027\u001C")) {
            return Optional.of("a 7-Zip archive, " + UNPACK_FOLDER);
        }
        if (startsWith(bytes, 0, "Rar!\u001A\u0007")) {
            return Optional.of("a RAR archive, " + UNPACK_FOLDER);
        }
        // POSIX ("ustar", NUL, "00") or GNU ("ustar", two spaces, NUL): the NUL keeps a text with "mustard" there out.
        if (startsWith(bytes, 257, "ustar\u000000") || startsWith(bytes, 257, "ustar  \u0000")) {
            return Optional.of("a tar archive, " + UNPACK_FOLDER);
        }
        return Optional.empty();
    }

    /** A ZIP: by its extension when that names a kind, else by its first entry (an OpenDocument's mimetype, a bundle's manifest). */
    private static String zip(String extension, byte[] bytes) {
        if (ZIP_BY_EXTENSION.containsKey(extension)) {
            return ZIP_BY_EXTENSION.get(extension);
        }
        String first = firstEntry(bytes);
        if (first.equals("manifest.json")) {
            return ZIP_BY_EXTENSION.get("qbz");
        }
        if (first.equals("mimetype")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> kind : OPEN_DOCUMENT.entrySet()) {
                if (head.contains("mimetype" + kind.getKey())) {
                    return ZIP_BY_EXTENSION.get(kind.getValue());
                }
            }
        }
        if (first.equals("[Content_Types].xml")) {
            return "an Office document, " + DOCUMENT;
        }
        return "a ZIP archive, " + UNPACK_FOLDER;
    }

    /** The name of the first entry of a ZIP, read from its local header (name length at 26, name at 30). */
    private static String firstEntry(byte[] bytes) {
        if (bytes.length < 30 || !startsWith(bytes, 0, "PK\u0003\u0004")) {
            return "";
        }
        int length = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
        return bytes.length < 30 + length ? "" : new String(bytes, 30, length, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int offset, String magic) {
        if (bytes.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[offset + i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
