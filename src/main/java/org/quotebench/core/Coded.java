package org.quotebench.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A value with a stable lower-case code, as written on the command line, in JSON and in the workspace. */
public interface Coded {
    String code();

    /** The constant whose code matches (ignoring case, spaces and underscores), or a user-facing error listing them. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String text) {
        String wanted = normalise(text);
        for (E constant : type.getEnumConstants()) {
            if (normalise(constant.code()).equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
        throw new QuotebenchException("Unknown " + what + " '" + text + "'; use one of: " + allowed + ".");
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
