package org.quotebench.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the dates pages give ("2024-03-05T09:30:00+01:00", "Tue, 05 Mar 2024 ...", "March 5, 2024") into YYYY-MM-DD. */
final class PublishedDate {
    private static final int MAX_LENGTH = 64;
    /** The calendar date as written, without converting the time zone: what the outlet printed. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private PublishedDate() {
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher numeric = NUMERIC.matcher(value);
        Matcher compact = COMPACT.matcher(value);
        Matcher found = numeric.matches() ? numeric : compact.matches() ? compact : null;
        if (found != null) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
                        Integer.parseInt(found.group(3))).toString());
            } catch (DateTimeException notADate) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.from(format.parse(value)).toString());
            } catch (DateTimeException tryNext) {
                // the next format may fit
            }
        }
        return Optional.empty();
    }
}
