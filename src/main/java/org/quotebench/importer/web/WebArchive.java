package org.quotebench.importer.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snapshots in a Wayback-style web archive (the Internet Archive's web.archive.org and the many
 * national archives that run the same software): {@code /web/20240101000000/https://example.org/story}
 * or its raw form {@code /web/20240101000000id_/…}. The original address is the article's, the
 * snapshot time is recorded, the raw form is fetched (the archive adds no toolbar to it), and a
 * toolbar that comes anyway is cut out before the page is read.
 */
public final class WebArchive {
    private static final Pattern SNAPSHOT = Pattern.compile("/web/(\\d{4,14})([a-z]{2}_)?/+(https?:/+.+)", Pattern.CASE_INSENSITIVE);
    private static final String BEGIN = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->";
    private static final String END = "<!-- END WAYBACK TOOLBAR INSERT -->";

    private WebArchive() {
    }

    /** A snapshot: its time (ISO 8601, UTC), the archived page's own address, and the raw form to fetch. */
    public record Snapshot(String archivedAt, String original, URI raw) {
    }

    /** The snapshot an address names, if it names one. */
    public static Optional<Snapshot> of(URI address) {
        String path = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        Matcher m = SNAPSHOT.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String stamp = (m.group(1) + "00000000000000").substring(0, 14);
        String original = m.group(3).replaceFirst("(?i)^(https?):/+", "$1://");
        String month = stamp.substring(4, 6).equals("00") ? "01" : stamp.substring(4, 6);
        String day = stamp.substring(6, 8).equals("00") ? "01" : stamp.substring(6, 8);
        String archivedAt = stamp.substring(0, 4) + "-" + month + "-" + day + "T" + stamp.substring(8, 10) + ":" + stamp.substring(10, 12)
                + ":" + stamp.substring(12, 14) + "Z";
        try {
            java.time.Instant.parse(archivedAt);
        } catch (java.time.format.DateTimeParseException notATime) {
            return Optional.empty(); // "/web/20241399/…" names no moment: not read as a snapshot
        }
        URI raw = address.resolve("/web/" + m.group(1) + "id_/" + m.group(3));
        return Optional.of(new Snapshot(archivedAt, original, raw));
    }

    /** The page without the archive's toolbar (the block the archive marks as its insert). */
    static byte[] withoutToolbar(byte[] page) {
        // the markers are ASCII: reading the bytes as Latin-1 keeps every other byte as it was; found with
        // indexOf, not a backtracking pattern (a page of begin markers without an end one must stay fast)
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf(BEGIN);
        int end = begin < 0 ? -1 : text.indexOf(END, begin);
        if (end < 0) {
            return page;
        }
        String cut = text.substring(0, begin) + text.substring(end + END.length());
        return cut.getBytes(StandardCharsets.ISO_8859_1);
    }
}
