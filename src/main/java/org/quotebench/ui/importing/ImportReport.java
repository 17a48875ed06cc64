package org.quotebench.ui.importing;

import java.util.ArrayList;
import java.util.List;

/** What an import in the window did: counts, duplicates and refusals with their reasons. */
public final class ImportReport implements org.quotebench.ui.JobDialog.Summary {
    private int imported;
    private final List<String> duplicates = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean cancelled;
    /** Article > Check for changes: the pages were the workspace's own, fetched again. */
    private final boolean checking;

    private final List<Long> importedIds = new ArrayList<>();

    /** The report of an import. */
    public ImportReport() {
        this(false);
    }

    /** With {@code checking}, the report of Check for changes: pages changed, unchanged and refused. */
    ImportReport(boolean checking) {
        this.checking = checking;
    }

    void imported(long articleId) {
        imported++;
        importedIds.add(articleId);
    }

    /** The ids of the articles this import stored. */
    public List<Long> importedIds() {
        return List.copyOf(importedIds);
    }

    void duplicate(String line) {
        duplicates.add(line);
    }

    /** Something the import went on despite (a bad line in the user's outlets.tsv). */
    void warning(String line) {
        warnings.add(line);
    }

    /** A page fetched again whose text changed: stored as its next version. */
    void changed(String line) {
        changed.add(line);
    }

    void refused(String line) {
        refused.add(line);
    }

    void cancelled() {
        cancelled = true;
    }

    public int importedCount() {
        return imported;
    }

    public List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    public List<String> refusedFiles() {
        return List.copyOf(refused);
    }

    @Override
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        warnings.forEach(line -> lines.add("Warning: " + line));
        refused.forEach(line -> lines.add("Refused: " + line));
        changed.forEach(line -> lines.add("Changed: " + line));
        duplicates.forEach(line -> lines.add((checking ? "Unchanged: " : "Duplicate: ") + line));
        return lines;
    }

    @Override
    public String headline() {
        if (checking) { // "Checked 3 pages: 1 changed (a new version), 1 unchanged, 1 refused."
            int checked = changed.size() + duplicates.size() + refused.size() + (imported - changed.size());
            return (cancelled ? "Cancelled. " : "") + "Checked " + org.quotebench.core.Plural.of(checked, "page") + ": "
                    + changed.size() + " changed" + (changed.isEmpty() ? "" : changed.size() == 1 ? " (a new version)" : " (a new version each)")
                    + ", " + duplicates.size() + " unchanged, " + refused.size() + " refused.";
        }
        return (cancelled ? "Cancelled. " : "") + "Imported " + imported + (imported == 1 ? " article" : " articles") + ", "
                + duplicates.size() + " skipped as duplicate" + (duplicates.size() == 1 ? "" : "s") + ", " + refused.size()
                + " refused." + (changed.isEmpty() ? "" : " " + changed.size() + (changed.size() == 1 ? " page has" : " pages have")
                + " changed: a new version each.");
    }
}
