package org.quotebench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotebench.core.QuotebenchException;

/**
 * Finds the {@code .txt} / {@code .ann} pairs of a brat corpus: in one folder ({@code NAME.txt} beside
 * {@code NAME.ann}, as brat keeps them), or in two, texts and annotations, as corpora ship them
 * ({@code text/NAME.txt} with {@code attributions/NAME_ANNOTATOR.ann} or {@code annotations/…}). An
 * annotation file named {@code NAME_ANNOTATOR.ann} belongs to {@code NAME.txt} and names its annotator
 * (beside a {@code NAME_ANNOTATOR.txt} too, when that is a copy of {@code NAME.txt}, as Quotebench's
 * export writes it so that brat opens the file).
 */
public final class BratFolder {
    private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("(.+)_([0-9A-Za-z]{2,12})");

    /** One annotation file and the text it annotates; the annotator when the file's name gives one. */
    public record Pair(String name, Path text, Path ann, Optional<String> annotator) {
    }

    private BratFolder() {
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    public static List<Pair> pairs(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new QuotebenchException(folder + ": not a folder (brat annotations are a folder of .txt and .ann files).");
        }
        Path texts = folder;
        Path anns = folder;
        for (String name : List.of("attributions", "annotations", "ann")) {
            if (Files.isDirectory(folder.resolve(name))) {
                anns = folder.resolve(name);
            }
        }
        for (String name : List.of("text", "texts", "txt")) {
            if (Files.isDirectory(folder.resolve(name))) {
                texts = folder.resolve(name);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(anns)) {
            for (Path ann : files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
                Path text = texts.resolve(base + ".txt");
                Optional<String> annotator = Optional.empty();
                Matcher suffix = ANNOTATOR_SUFFIX.matcher(base);
                if (suffix.matches() && Files.exists(texts.resolve(suffix.group(1) + ".txt"))
                        && (!Files.exists(text) || sameBytes(text, texts.resolve(suffix.group(1) + ".txt")))) {
                    // NAME_ANNOTATOR.ann annotates NAME.txt; a copy NAME_ANNOTATOR.txt of it (so that brat opens the file) changes nothing
                    text = texts.resolve(suffix.group(1) + ".txt");
                    annotator = Optional.of(suffix.group(2));
                    base = suffix.group(1);
                }
                pairs.add(new Pair(base, text, ann, annotator));
            }
        } catch (IOException e) {
            throw new QuotebenchException(anns + ": cannot be read (" + e.getMessage() + ").");
        }
        if (pairs.isEmpty()) {
            throw new QuotebenchException(folder + ": no .ann files here (nor in attributions/ or annotations/).");
        }
        return pairs;
    }
}
