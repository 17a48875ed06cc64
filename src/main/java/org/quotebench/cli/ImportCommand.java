package org.quotebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleDraft;
import org.quotebench.importer.ArticleReader;
import org.quotebench.importer.ImportPlan;
import org.quotebench.importer.RefusedFile;
import org.quotebench.importer.web.WebArticles;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench import PATH_OR_URL...}: files, folders and web pages of articles into the workspace. */
@Command(name = "import", description = {"Import articles (.txt, .md, .html, .htm) from files, folders or web addresses.",
        "Folders are searched recursively; a folder's metadata.csv or metadata.tsv (columns file, title, outlet,",
        "author, date, url, language) gives its files' details. A web address is fetched (a web archive snapshot keeps",
        "the original address); fetched again, a page whose text changed is stored as a new version. --feed imports",
        "every item of an RSS or Atom feed not already in the workspace. The same text imported twice is a duplicate."})
final class ImportCommand extends WorkspaceCommand {
    /** Articles stored per transaction: big enough to be fast, small enough to show progress. */
    private static final int BATCH = 250;

    @Parameters(arity = "0..*", paramLabel = "PATH_OR_URL", description = "Files, folders or web addresses (http, https) to import.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "FEED", description = "An RSS or Atom feed (address or file): import the pages it lists "
            + "that the workspace does not have yet (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--suggest", description = "Run the quote finder on the imported articles and store its suggestions.")
    boolean suggest;

    @Override
    int run(Workspace workspace) {
        if (inputs.isEmpty() && feeds.isEmpty()) {
            throw new org.quotebench.core.QuotebenchException("Give files, folders or web addresses to import, or --feed FEED.");
        }
        ImportSummary summary = new ImportSummary();
        List<Path> paths = inputs.stream().filter(i -> !WebArticles.isAddress(i)).map(Path::of).toList();
        List<String> addresses = new ArrayList<>(inputs.stream().filter(WebArticles::isAddress).map(String::strip).toList());
        ImportPlan plan = ImportPlan.of(paths);
        plan.refused().forEach(refused -> summary.rejected(refused.file(), refused.reason()));
        plan.warnings().forEach(warning -> err().println("Warning: " + warning));
        // no HTTP client for an import of files alone
        WebFetch web = addresses.isEmpty() && feeds.isEmpty() ? null : new WebFetch(warning -> { });
        java.util.Set<String> fromFeedsOnTheInternet = new java.util.HashSet<>();
        java.util.Set<String> given = java.util.Set.copyOf(addresses); // what the user typed, whatever the feeds list
        for (String feed : feeds) {
            try {
                org.quotebench.importer.web.Feeds.Items items = web.feed(feed);
                for (String link : items.links()) {
                    if (items.fromTheInternet() && !given.contains(link)) {
                        fromFeedsOnTheInternet.add(link); // not when the user gave it too
                    }
                    java.util.Optional<org.quotebench.core.ArticleInfo> had = workspace.articles().fetchedFrom(link);
                    if (had.isPresent()) {
                        summary.add(link, new ImportOutcome.Duplicate(had.get().id())); // not fetched again
                    } else if (!addresses.contains(link)) {
                        addresses.add(link);
                    }
                }
            } catch (RefusedFile refused) {
                summary.rejected(refused.file(), refused.reason());
            }
        }
        // Pages are fetched before anything is stored: no write waits on the network.
        WebFetch.Fetched pages = web == null ? new WebFetch.Fetched(List.of(), List.of()) : web.fetch(addresses, err(), summary::rejected,
                fromFeedsOnTheInternet);
        // One user action, one transaction: a failure part-way (a full disk) stores none of it.
        workspace.change("Importing articles", () -> {
            importFiles(workspace, plan, summary);
            store(workspace, pages.drafts(), pages.addresses(), summary);
            return summary;
        });
        if (suggest) {
            summary.suggested(findQuotes(workspace, summary.importedIds()));
        }
        summary.refusals().forEach(line -> err().println(line));
        if (json()) {
            printJson(summary.toJson(shapes(workspace)));
        } else {
            out().println(summary.describe(workspace.location()));
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
            org.quotebench.core.Article article = workspace.articles().get(id);
            count += workspace.suggestions().store(id, finder.find(article.text(), article.info().metadata().language()),
                    java.util.Optional.of("quote finder")).added().size();
        }
        return count;
    }

    private static void store(Workspace workspace, List<ArticleDraft> drafts, List<?> sources, ImportSummary summary) {
        if (drafts.isEmpty()) {
            return;
        }
        List<ImportOutcome> outcomes = workspace.articles().importAll(drafts);
        for (int i = 0; i < outcomes.size(); i++) {
            summary.add(sources.get(i).toString(), outcomes.get(i));
        }
    }
}
