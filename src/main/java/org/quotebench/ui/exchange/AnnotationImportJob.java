package org.quotebench.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.quotebench.core.Plural;
import org.quotebench.export.AnnotationImport;
import org.quotebench.export.DoccanoOffsets;
import org.quotebench.store.Workspace;

/**
 * File > Import annotations: every file checked and stored in one transaction or refused whole, as
 * on the command line. Cancel stops before the next file; the files already stored stay.
 */
public final class AnnotationImportJob extends Task<JobSummary> {
    private final Workspace workspace;
    private final String format;
    private final Path path;
    private final DoccanoOffsets offsets;

    /** @param offsets how a doccano file counts its offsets (UTF-16 units unless its project is in grapheme mode) */
    public AnnotationImportJob(Workspace workspace, String format, Path path, DoccanoOffsets offsets) {
        this.workspace = workspace;
        this.format = format;
        this.path = path;
        this.offsets = offsets;
    }

    @Override
    protected JobSummary call() {
        AnnotationImport importing = new AnnotationImport(workspace);
        if (format.equals("doccano")) {
            importing.doccanoOffsets(offsets);
        }
        int[] files = new int[1];
        boolean cancelled = false;
        try {
            importing.run(format, path, Optional.empty(), Optional.empty(), file -> {
                if (isCancelled()) {
                    throw new CancellationException();
                }
                updateMessage("Reading " + file.getFileName() + " (file " + ++files[0] + ")…");
            });
        } catch (CancellationException e) {
            cancelled = true;
        }
        List<String> details = new ArrayList<>();
        importing.rejected().forEach(r -> details.add("Refused: " + r.reason()));
        importing.duplicates().forEach(d -> details.add("Already there (quotes added to article " + d.articleId() + "): " + d.file()));
        importing.conflicts().forEach(c -> details.add("Edited on both sides, kept " + c.kept() + ": the " + c.of() + " “"
                + c.theirs().path(c.of().equals("quote") ? "text" : "name").asText() + "”"));
        importing.mergeReport().ifPresent(r -> details.add("Both versions of each are in " + r));
        String headline = String.format("%sImported %s with %s; %s refused.", cancelled ? "Cancelled. " : "",
                Plural.of(importing.quotes(), "quote"), Plural.of(importing.articlesAdded(), "new article"),
                Plural.of(importing.rejected().size(), "file"));
        updateProgress(1, 1);
        return new JobSummary(headline, details);
    }
}
