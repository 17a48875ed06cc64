package org.quotebench.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quotebench.core.ArticleFields;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuotebenchException;

/**
 * A folder's sidecar of article details, {@code metadata.csv} or {@code metadata.tsv}: a header row
 * naming a {@code file} column (the file's path from the folder) and any of {@code title},
 * {@code outlet}, {@code author}, {@code date}, {@code url}, {@code language}; one row per file. A
 * non-empty cell overrides what the file itself says. Every row is checked (a real file of the
 * folder, named once; a real date; a web address) before anything is imported.
 */
public final class FolderMetadata {
    public static final List<String> NAMES = List.of("metadata.csv", "metadata.tsv");
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Set<String> FILE_COLUMN = Set.of("file", "filename", "file_name", "path");
    private static final Set<String> KNOWN = Set.of("title", "outlet", "author", "date", "published_on", "url", "language");

    private final Map<Path, ArticleMetadata> byFile;

    private FolderMetadata(Map<Path, ArticleMetadata> byFile) {
        this.byFile = byFile;
    }

    /** No sidecar: every file keeps its own details. */
    public static final FolderMetadata NONE = new FolderMetadata(Map.of());

    /**
     * The sidecar of {@code folder}, if it has one, checked against {@code files} (the articles found
     * in it); NONE without one.
     *
     * @throws RefusedFile naming the sidecar and line, with the reason
     */
    public static FolderMetadata of(Path folder, List<Path> files) {
        Optional<Path> sidecar = NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
        if (sidecar.isEmpty()) {
            return NONE;
        }
        Path file = sidecar.get();
        String text = new String(FileBytes.read(file, MAX_BYTES), java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.endsWith("\n")) {
            text += "\n"; // the parser counts a record's line by its line break: the last one needs one too
        }
        boolean tabs = file.getFileName().toString().endsWith(".tsv");
        Map<Path, Path> known = new HashMap<>();
        files.forEach(f -> known.put(normal(f), f));
        return new FolderMetadata(parse(file, new StringReader(text), tabs, folder, known));
    }

    /** The details of {@code file}: the sidecar's non-empty cells over what the file itself gave. */
    public ArticleMetadata apply(Path file, ArticleMetadata read) {
        ArticleMetadata given = byFile.get(normal(file));
        return given == null ? read : given.orElse(read);
    }

    /** Whether this sidecar gives details for any file. */
    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    private static Map<Path, ArticleMetadata> parse(Path sidecar, Reader reader, boolean tabs, Path folder, Map<Path, Path> known) {
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<Path, ArticleMetadata> details = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, String> columns = columns(sidecar, parser.getHeaderNames());
            String fileColumn = columns.get("file");
            for (CSVRecord row : parser) {
                String where = sidecar + ":" + (row.getParser().getCurrentLineNumber());
                String name = cell(row, fileColumn);
                if (name.isEmpty()) {
                    throw new RefusedFile(where, "no file named in the '" + fileColumn + "' column");
                }
                Path target;
                try {
                    target = normal(folder.resolve(name));
                } catch (java.nio.file.InvalidPathException e) {
                    throw new RefusedFile(where, "'" + name + "' is not a file name");
                }
                if (!known.containsKey(target)) {
                    throw new RefusedFile(where, "no article file '" + name + "' in " + folder);
                }
                ArticleMetadata row1 = new ArticleMetadata(value(row, columns.get("title")), value(row, columns.get("outlet")),
                        value(row, columns.get("author")), value(row, columns.get("url")), value(row, columns.get("date")),
                        value(row, columns.get("language")));
                try {
                    ArticleFields.checked(row1);
                } catch (QuotebenchException e) {
                    throw new RefusedFile(where, e.getMessage());
                }
                if (details.put(target, row1) != null) {
                    throw new RefusedFile(where, "'" + name + "' is named twice");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new RefusedFile(sidecar.toString(), "not a readable " + (tabs ? "TSV" : "CSV") + " table (" + e.getMessage() + ")");
        }
        return details;
    }

    /** Our column name for each column the header names; a file column is required. */
    private static Map<String, String> columns(Path sidecar, List<String> header) {
        Map<String, String> columns = new HashMap<>();
        for (String name : header) {
            String key = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (FILE_COLUMN.contains(key)) {
                columns.put("file", name);
            } else if (KNOWN.contains(key)) {
                columns.put(key.equals("published_on") ? "date" : key, name);
            }
        }
        if (!columns.containsKey("file")) {
            throw new RefusedFile(sidecar + ":1", "the header names no 'file' column (columns: file, title, outlet, author, date, url, "
                    + "language)");
        }
        return columns;
    }

    private static Optional<String> value(CSVRecord row, String column) {
        return column == null ? Optional.empty() : Optional.of(cell(row, column)).filter(v -> !v.isEmpty());
    }

    private static String cell(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
