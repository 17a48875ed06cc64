package org.quotebench.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;

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
    private final KnownOutlets outlets;
    private final List<String> warnings = new ArrayList<>();

    private ImportPlan(List<Source> sources, List<RefusedFile> refused, KnownOutlets outlets) {
        this.sources = List.copyOf(sources);
        this.refused = List.copyOf(refused);
        this.outlets = outlets;
    }

    /**
     * Plans the import of these paths, in the order given (see {@link ImportSources#expand}), naming
     * the outlets of articles with an address but no outlet from the user's table ({@link KnownOutlets#forUser()}).
     */
    public static ImportPlan of(List<Path> paths) {
        List<String> warnings = new ArrayList<>();
        ImportPlan plan = of(paths, KnownOutlets.forUser(warnings::add));
        plan.warnings.addAll(warnings);
        return plan;
    }

    /** Plans the import of these paths with this table of outlets. */
    public static ImportPlan of(List<Path> paths, KnownOutlets outlets) {
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
        return new ImportPlan(sources, refused, outlets);
    }

    public List<Source> sources() {
        return sources;
    }

    /** What the import goes on despite (a bad line in the user's outlets.tsv), one line each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The folders refused whole, each with its reason. */
    public List<RefusedFile> refused() {
        return refused;
    }

    /**
     * Reads one source: the file's article with its sidecar's details over its own, and an article
     * with an address but no outlet given the outlet of its address ({@link KnownOutlets}).
     *
     * @throws RefusedFile as {@link ArticleReader#read(Path)} does
     */
    public ArticleDraft read(ArticleReader reader, Source source) {
        ArticleDraft draft = reader.read(source.file());
        ArticleMetadata metadata = source.sidecar().apply(source.file(), draft.metadata());
        if (metadata.outlet().isEmpty() && metadata.url().isPresent()) {
            Optional<String> outlet = outlets.outletOf(metadata.url().get());
            metadata = new ArticleMetadata(metadata.title(), outlet, metadata.author(), metadata.url(), metadata.publishedOn(),
                    metadata.language());
        }
        return metadata.equals(draft.metadata()) ? draft : new ArticleDraft(draft.text(), metadata, draft.encoding(),
                draft.sourceName());
    }
}
