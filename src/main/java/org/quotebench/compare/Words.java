package org.quotebench.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a rendering, for comparing renderings of one utterance: letters and digits only,
 * lower case, accents and apostrophes dropped, so that case, punctuation, quotation marks and
 * ellipses never count as differences. Each word keeps where it stands in the text it came from.
 */
public final class Words {
    /** A word as compared ({@code norm}) and where it stands in its text ({@code [start, end)}, Java indices). */
    public record Word(String norm, int start, int end) {
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder norm = new StringBuilder();
            while (i < text.length()) {
                int c = text.codePointAt(i);
                boolean apostrophe = (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1));
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    norm.appendCodePoint(c);
                } else if (!apostrophe) {
                    break;
                }
                i += Character.charCount(c);
            }
            String folded = Normalizer.normalize(norm, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            words.add(new Word(folded, start, i));
        }
        return words;
    }

    /** The stretch of {@code text} the words cover, as written there ("" for none). */
    public static String stretch(String text, List<Word> words) {
        return words.isEmpty() ? "" : text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }
}
