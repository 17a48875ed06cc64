package org.quotebench.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.quotebench.core.CsvCells;
import org.quotebench.core.QuotebenchException;

/**
 * Writes an export in any format. A one-file format is written beside its target and moved into
 * place when complete, so a failed export never leaves half a file where a good one was.
 */
public final class Exports {
    private Exports() {
    }

    /** Writes an export; CSV cells that start like a formula are neutralised. */
    public static void write(ExportFormat format, Iterable<ExportedArticle> articles, Path out) {
        write(format, articles, out, CsvCells.NEUTRALISED);
    }

    /** Writes an export; {@code csv} says how the cells of the CSV format are spelled (other formats ignore it). */
    public static void write(ExportFormat format, Iterable<ExportedArticle> articles, Path out, CsvCells csv) {
        try {
            if (format == ExportFormat.BRAT) {
                if (Files.exists(out) && !Files.isDirectory(out)) {
                    throw new QuotebenchException(out + ": brat writes a folder, and this is a file.");
                }
                BratExport.write(articles, out);
                return;
            }
            if (Files.isDirectory(out)) {
                throw new QuotebenchException(out + ": this is a folder; give the file to write.");
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, "." + out.getFileName(), ".part");
            try {
                if (format == ExportFormat.BUNDLE) {
                    try (var stream = Files.newOutputStream(partial)) {
                        BundleExport.write(articles, stream);
                    }
                    move(partial, out);
                    return;
                }
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    switch (format) {
                        case JSONL -> JsonlExport.write(articles, writer);
                        case CSV -> CsvExport.write(articles, writer, csv);
                        case SPACY -> SpacyExport.write(articles, writer);
                        case W3C -> W3cExport.write(articles, writer);
                        case LABEL_STUDIO -> LabelStudioExport.write(articles, writer);
                        case DOCCANO -> DoccanoExport.write(articles, writer);
                        case CLAIMREVIEW -> ClaimReviewExport.write(articles, writer);
                        default -> throw new IllegalStateException("No writer for " + format);
                    }
                }
                move(partial, out);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new QuotebenchException(out + ": could not write the export (" + e.getMessage() + ").");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
