package org.quotebench.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a user's edit of an article's metadata must keep: one line each, at most 1,000
 * characters, the date a real day written YYYY-MM-DD, the URL an absolute http or https address.
 */
public final class ArticleFields {
    static final int MAX_LENGTH = 1000;

    private ArticleFields() {
    }

    /** The metadata, or a user-facing error naming the first field that breaks a rule and why. */
    public static ArticleMetadata checked(ArticleMetadata metadata) {
        line("title", metadata.title());
        line("outlet", metadata.outlet());
        line("author", metadata.author());
        line("language", metadata.language());
        metadata.publishedOn().ifPresent(ArticleFields::date);
        metadata.url().ifPresent(ArticleFields::url);
        return metadata;
    }

    private static void line(String field, Optional<String> value) {
        if (value.isEmpty()) {
            return;
        }
        String v = value.get();
        if (v.length() > MAX_LENGTH) {
            throw new QuotebenchException("The " + field + " is too long (" + v.length() + " characters; at most " + MAX_LENGTH + ").");
        }
        if (v.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029)) {
            throw new QuotebenchException("The " + field + " must be one line of text (it holds a line break or a control character).");
        }
    }

    private static void date(String value) {
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new QuotebenchException("The date '" + value + "' is not a day written YYYY-MM-DD, such as 2026-03-02.");
        }
    }

    /** An absolute http or https address with a host, or a user-facing error. */
    public static URI url(String value) {
        line("URL", Optional.of(value));
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new QuotebenchException("The URL '" + value + "' is not a web address (http:// or https:// and a host).");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new QuotebenchException("The URL '" + value + "' is not a web address (" + e.getReason() + ").");
        }
    }
}
