package org.quotebench.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a folder export gives its articles' files ("0007-council-approves-harbour-bridge") and
 * each annotator's files beside them ("0007-council-approves-harbour-bridge_AnaPereira"), unique in
 * the folder: brat and INCEpTION name them alike.
 */
final class ArticleFileNames {
    private final Set<String> used = new HashSet<>();

    /** The id and a slug of the title, unique in the folder. */
    String of(ExportedArticle exported) {
        String title = exported.article().info().metadata().title().orElse(exported.article().info().sourceName());
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        String base = String.format(Locale.ROOT, "%04d", exported.article().id()) + (slug.isEmpty() ? "" : "-" + slug);
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "-" + k;
        }
        return name;
    }

    /** Marks a name as taken (an annotator's file beside an article's). */
    void take(String name) {
        used.add(name);
    }

    /**
     * An annotator's name as a file name's suffix, as corpora write it and the brat importer reads it:
     * 2 to 12 letters and digits ("Ana Pereira" → AnaPereira), unique among {@code taken} (the
     * article's other annotators).
     */
    static String suffix(String annotator, Set<String> taken) {
        String letters = annotator.replaceAll("[^0-9A-Za-z]", "");
        String base = letters.length() > 12 ? letters.substring(0, 12) : letters.length() < 2 ? "an" + letters : letters;
        String suffix = base;
        for (int k = 2; !taken.add(suffix.toLowerCase(Locale.ROOT)); k++) {
            String number = Integer.toString(k);
            suffix = base.substring(0, Math.min(base.length(), 12 - number.length())) + number;
        }
        return suffix;
    }

    /** A fresh set of an article's annotators' suffixes. */
    static Set<String> suffixes() {
        return new HashSet<>();
    }
}
