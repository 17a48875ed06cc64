package org.quotebench.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates are kept as ISO strings (YYYY-MM-DD); this checks one. */
public final class IsoDate {
    private IsoDate() {
    }

    public static String check(String text, String what) {
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new QuotebenchException(what + " '" + text + "' is not a date; write it as YYYY-MM-DD.");
        }
    }
}
