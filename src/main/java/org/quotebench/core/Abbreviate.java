package org.quotebench.core;

/** Shortens text for messages, without cutting a character in half. */
public final class Abbreviate {
    private static final int LIMIT = 60;

    private Abbreviate() {
    }

    public static String of(String text) {
        text = text.replaceAll("\\s+", " ");
        if (text.length() <= LIMIT) {
            return text;
        }
        int cut = LIMIT;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
