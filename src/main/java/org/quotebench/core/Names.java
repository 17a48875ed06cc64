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

    /**
     * What two spellings of one name have in common, for matching names across articles: letters
     * without their accents, in lower case, with single spaces ("RENÉE  Okafor", "Renee okafor" and
     * "Renée Okafor" with a combining accent give one key). Never stored or shown.
     */
    public static String matchKey(String name) {
        String decomposed = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.appendCodePoint(Character.toLowerCase(c));
        }
        return key.toString();
    }
}
