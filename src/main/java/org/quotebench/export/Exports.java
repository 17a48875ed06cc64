package org.quotebench.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import org.quotebench.core.CsvCells;
import org.quotebench.core.QuotebenchException;
import org.quotebench.store.PartFiles;

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
        write(format, articles, out, new ExportOptions(csv, java.util.Optional.empty(), true));
    }

    /**
     * Writes an export as {@code options} say (see {@link ExportOptions}); ClaimReview is refused
     * without the address of its reviews, before anything is written.
     */
    public static void write(ExportFormat format, Iterable<ExportedArticle> articles, Path out, ExportOptions options) {
        CsvCells csv = options.csv();
        java.util.Optional<ClaimReviewSettings> review = options.review();
        if (format == ExportFormat.CLAIMREVIEW && review.isEmpty()) {
            throw new QuotebenchException(out + ": ClaimReview needs the address each review is published at, "
                    + "such as --review-url https://factcheck.example/reviews/{uuid}. Nothing was written.");
        }
        try {
            if (format.folder()) {
                if (Files.exists(out) && !Files.isDirectory(out)) {
                    throw new QuotebenchException(out + ": " + format.code() + " writes a folder, and this is a file.");
                }
                if (format == ExportFormat.BRAT) {
                    BratExport.write(articles, out, options.bratNormalisations());
                } else {
                    InceptionExport.write(articles, out);
                }
                return;
            }
            if (Files.isDirectory(out)) {
                throw new QuotebenchException(out + ": this is a folder; give the file to write.");
            }
            PartFiles.removeLeftovers(out.toAbsolutePath().getParent());
            if (format == ExportFormat.BUNDLE) {
                writeBeside(out, stream -> BundleExport.write(articles, stream));
                return;
            }
            writeBeside(out, stream -> {
                Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
                switch (format) {
                    case JSONL -> JsonlExport.write(articles, writer);
                    case CSV -> CsvExport.write(articles, writer, csv);
                    case SPACY -> SpacyExport.write(articles, writer);
                    case W3C -> W3cExport.write(articles, writer);
                    case LABEL_STUDIO -> LabelStudioExport.write(articles, writer);
                    case DOCCANO -> DoccanoExport.write(articles, writer);
                    case CLAIMREVIEW -> ClaimReviewExport.write(articles, writer, review.orElseThrow());
                    default -> throw new IllegalStateException("No writer for " + format);
                }
                writer.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            throw new QuotebenchException(out + ": could not write the export (" + e.getMessage() + ").");
        }
    }

    /** How many quotes an export of these articles holds: ClaimReview publishes only the reviewed ones. */
    public static int quotesIn(ExportFormat format, java.util.List<ExportedArticle> articles) {
        return format == ExportFormat.CLAIMREVIEW ? ClaimReviewExport.count(articles)
                : articles.stream().mapToInt(a -> a.quotes().size()).sum();
    }

    /**
     * Refuses a target an export must not write (the workspace, its side files, any SQLite file; an
     * existing file or a brat folder with files in it unless {@code replace}); see {@link ExportTarget}.
     */
    public static void checkTarget(ExportFormat format, Path out, Path workspace, boolean replace) {
        if (format.folder()) {
            ExportTarget.checkFolder(format, out, workspace, replace);
        } else {
            ExportTarget.checkFile(out, workspace, replace);
        }
    }

    /** Writes a report (HTML, CSV) the way an export is written: beside its target, then moved into place. */
    public static void writeText(Path out, String content) {
        PartFiles.removeLeftovers(out.toAbsolutePath().getParent());
        replace(out, content);
    }

    /** Writes one file beside {@code out} and moves it into place (a link of that name is replaced, not followed). */
    static void replace(Path out, String content) {
        try {
            writeBeside(out, stream -> stream.write(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            throw new QuotebenchException(out + ": could not be written (" + e.getMessage() + ").");
        }
    }

    /** What writes a file's content. */
    private interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a part file beside {@code out} and moves it into place when complete,
     * so that a failed write never leaves half a file where a good one was; the part goes either way.
     */
    private static void writeBeside(Path out, Content content) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path partial = createPart(out);
        try {
            try (java.io.OutputStream stream = Files.newOutputStream(partial)) {
                content.writeTo(stream);
            }
            move(partial, out);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The part file, created with the permissions any new file of the user's gets (the umask decides),
     * or those of the file it replaces.
     */
    private static Path createPart(Path out) throws IOException {
        Path partial = Files.createFile(PartFiles.hidden(out.toAbsolutePath()));
        if (Files.isRegularFile(out) && Files.getFileStore(partial).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(out));
        }
        return partial;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
