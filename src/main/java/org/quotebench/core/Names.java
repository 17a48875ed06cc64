package org.quotebench.core;

/** Checks for the names people give to speakers, events and aliases. */
public final class Names {
    private Names() {
    }

    /** The name without surrounding spaces, refusing an empty one. */
    public static String required(String name, String what) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new QuotebenchException(what + " needs a name.");
        }
        return stripped;
    }

    /** Whether two names are one: the same letters, whatever their case and Unicode form, around spaces. */
    public static boolean same(String a, String b) {
        return composed(a.strip()).toLowerCase(java.util.Locale.ROOT).equals(composed(b.strip()).toLowerCase(java.util.Locale.ROOT));
    }

    /** The name in Unicode's composed form (NFC): "e" + a combining acute and "é" are one name. */
    public static String composed(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    }
}
