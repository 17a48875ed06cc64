package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleDraft;
import org.quotebench.export.JsonShapes;
import org.quotebench.importer.ArticleReader;
import org.quotebench.importer.ImportPlan;
import org.quotebench.importer.RefusedFile;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench import PATH...}: files and folders of articles into the workspace. */
@Command(name = "import", description = {"Import articles (.txt, .md, .html, .htm) from files or folders.",
        "Folders are searched recursively; a folder's metadata.csv or metadata.tsv (columns file, title, outlet,",
        "author, date, url, language) gives its files' details. The same text imported twice is reported as a duplicate."})
final class ImportCommand extends WorkspaceCommand {
    /** Articles stored per transaction: big enough to be fast, small enough to show progress. */
    private static final int BATCH = 250;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--suggest", description = "Run the quote finder on the imported articles and store its suggestions.")
    boolean suggest;

    @Override
    int run(Workspace workspace) {
        ImportSummary summary = new ImportSummary();
        ImportPlan plan = ImportPlan.of(paths);
        plan.refused().forEach(refused -> summary.rejected(refused.file(), refused.reason()));
        // One user action, one transaction: a failure part-way (a full disk) stores none of it.
        workspace.change("Importing articles", () -> importFiles(workspace, plan, summary));
        if (suggest) {
            summary.suggested(findQuotes(workspace, summary.importedIds()));
        }
        summary.refusals().forEach(line -> err().println(line));
        if (json()) {
            printJson(summary.toJson(shapes(workspace)));
        } else {
            out().println(summary.describe(workspace.file()));
        }
        return summary.hasRejected() ? 2 : 0;
    }

    private ImportSummary importFiles(Workspace workspace, ImportPlan plan, ImportSummary summary) {
        List<ImportPlan.Source> files = plan.sources();
        Progress progress = new Progress(err(), "Importing", files.size());
        ArticleReader reader = new ArticleReader();
        List<ArticleDraft> batch = new ArrayList<>();
        List<Path> batchFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i).file();
            try {
                batch.add(plan.read(reader, files.get(i)));
                batchFiles.add(file);
            } catch (RefusedFile refused) {
                summary.rejected(file.toString(), refused.reason());
            }
            if (batch.size() == BATCH || i == files.size() - 1) {
                store(workspace, batch, batchFiles, summary);
                batch.clear();
                batchFiles.clear();
            }
            progress.update(i + 1);
        }
        progress.done();
        return summary;
    }

    /** Stores the quote finder's suggestions for freshly imported articles; returns how many. */
    private int findQuotes(Workspace workspace, List<Long> articleIds) {
        org.quotebench.suggest.QuoteFinder finder = FinderTeaching.finder(workspace, warning -> err().println("Warning: " + warning));
        int count = 0;
        for (long id : articleIds) {
            String text = workspace.articles().get(id).text();
            count += workspace.suggestions().store(id, finder.find(text), java.util.Optional.of("quote finder")).added().size();
        }
        return count;
    }

    private static void store(Workspace workspace, List<ArticleDraft> drafts, List<Path> files, ImportSummary summary) {
        if (drafts.isEmpty()) {
            return;
        }
        List<ImportOutcome> outcomes = workspace.articles().importAll(drafts);
        for (int i = 0; i < outcomes.size(); i++) {
            summary.add(files.get(i).toString(), outcomes.get(i));
        }
    }

    /** What an import did, for the summary line and the JSON. */
    static final class ImportSummary {
        private final List<ImportOutcome.Imported> imported = new ArrayList<>();
        private final List<String[]> duplicates = new ArrayList<>();
        private final List<String[]> rejected = new ArrayList<>();
        private int suggested = -1;

        void suggested(int count) {
            suggested = count;
        }

        List<Long> importedIds() {
            return imported.stream().map(i -> i.article().id()).toList();
        }

        void add(String file, ImportOutcome outcome) {
            if (outcome instanceof ImportOutcome.Imported done) {
                imported.add(done);
            } else if (outcome instanceof ImportOutcome.Duplicate duplicate) {
                duplicates.add(new String[] {file, Long.toString(duplicate.existingArticleId())});
            }
        }

        void rejected(String file, String reason) {
            rejected.add(new String[] {file, reason});
        }

        boolean hasRejected() {
            return !rejected.isEmpty();
        }

        /** One line per refused file, even when its name holds a line break. */
        List<String> refusals() {
            return rejected.stream().map(r -> printable(r[0]) + ": " + r[1]).toList();
        }

        private static String printable(String name) {
            StringBuilder shown = new StringBuilder(name.length());
            name.codePoints().forEach(c -> {
                if (Character.isISOControl(c)) {
                    shown.append(String.format("\\x%02x", c));
                } else {
                    shown.appendCodePoint(c);
                }
            });
            return shown.toString();
        }

        String describe(Path workspace) {
            StringBuilder line = new StringBuilder("Imported " + org.quotebench.core.Plural.of(imported.size(), "article") + " into " + workspace);
            line.append("; ").append(org.quotebench.core.Plural.of(duplicates.size(), "duplicate")).append(" skipped");
            line.append("; ").append(org.quotebench.core.Plural.of(rejected.size(), "file")).append(" refused.");
            if (suggested >= 0) {
                line.append(" The quote finder suggested ").append(org.quotebench.core.Plural.of(suggested, "quote")).append('.');
            }
            for (String[] duplicate : duplicates) {
                line.append("\n  duplicate: ").append(printable(duplicate[0])).append(" (same text as article ").append(duplicate[1]).append(')');
            }
            return line.toString();
        }

        ObjectNode toJson(JsonShapes shapes) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            ArrayNode done = node.putArray("imported");
            imported.forEach(outcome -> done.add(shapes.article(outcome.article())));
            ArrayNode dup = node.putArray("duplicates");
            duplicates.forEach(d -> dup.addObject().put("file", d[0]).put("article_id", Long.parseLong(d[1])));
            ArrayNode refused = node.putArray("rejected");
            rejected.forEach(r -> refused.addObject().put("file", r[0]).put("reason", r[1]));
            if (suggested >= 0) {
                node.put("suggested", suggested);
            }
            return node;
        }

    }
}
