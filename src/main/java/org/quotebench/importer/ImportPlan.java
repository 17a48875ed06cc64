package org.quotebench.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quotebench.core.ArticleDraft;

/**
 * What an import of files and folders will read: each article file with its folder's sidecar of
 * details ({@link FolderMetadata}), and the folders refused whole (no article files in them, or a
 * sidecar that does not check out: nothing of such a folder is imported).
 */
public final class ImportPlan {
    /** One file to read, and the sidecar of the folder it was found through. */
    public record Source(Path file, FolderMetadata sidecar) {
    }

    private final List<Source> sources;
    private final List<RefusedFile> refused;

    private ImportPlan(List<Source> sources, List<RefusedFile> refused) {
        this.sources = List.copyOf(sources);
        this.refused = List.copyOf(refused);
    }

    /** Plans the import of these paths, in the order given (see {@link ImportSources#expand}). */
    public static ImportPlan of(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            List<Path> found = ImportSources.expand(List.of(path));
            if (!Files.isDirectory(path)) {
                found.stream().filter(seen::add).forEach(f -> sources.add(new Source(f, FolderMetadata.NONE)));
                continue;
            }
            if (found.isEmpty()) {
                refused.add(new RefusedFile(path.toString(), "no article files (.txt, .md, .html, .htm) in this folder"));
                continue;
            }
            FolderMetadata sidecar;
            try {
                sidecar = FolderMetadata.of(path, found);
            } catch (RefusedFile bad) {
                refused.add(new RefusedFile(bad.file(), bad.reason() + "; nothing in " + path + " was imported"));
                continue;
            }
            found.stream().filter(seen::add).forEach(f -> sources.add(new Source(f, sidecar)));
        }
        return new ImportPlan(sources, refused);
    }

    public List<Source> sources() {
        return sources;
    }

    /** The folders refused whole, each with its reason. */
    public List<RefusedFile> refused() {
        return refused;
    }

    /**
     * Reads one source: the file's article with its sidecar's details over its own.
     *
     * @throws RefusedFile as {@link ArticleReader#read(Path)} does
     */
    public static ArticleDraft read(ArticleReader reader, Source source) {
        ArticleDraft draft = reader.read(source.file());
        return source.sidecar().isEmpty() ? draft : new ArticleDraft(draft.text(), source.sidecar().apply(source.file(),
                draft.metadata()), draft.encoding(), draft.sourceName());
    }
}
