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

    /**
     * Where an article's quotes go, by file name without extension, {@code name} first: {@code name} for
     * the quotes nobody is named for (all of them when no annotator is; none may be left for it), and
     * {@code name_ANNOTATOR} for each annotator's, in the order they first appear. Every name is taken.
     */
    java.util.Map<String, ExportedArticle> annotatorFiles(ExportedArticle exported, String name) {
        java.util.Map<java.util.Optional<String>, ExportedArticle> byAnnotator = exported.byAnnotator();
        java.util.Map<String, ExportedArticle> files = new java.util.LinkedHashMap<>();
        boolean nobodyNamed = byAnnotator.keySet().stream().allMatch(java.util.Optional::isEmpty);
        files.put(name, nobodyNamed ? exported : byAnnotator.getOrDefault(java.util.Optional.<String>empty(),
                new ExportedArticle(exported.article(), java.util.List.of())));
        Set<String> suffixes = new HashSet<>();
        byAnnotator.forEach((annotator, quotes) -> annotator.ifPresent(a -> {
            String own = name + "_" + suffix(a, suffixes);
            used.add(own);
            files.put(own, quotes);
        }));
        return files;
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
}
