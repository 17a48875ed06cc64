package org.quotebench.ui.importing;

import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.importer.RefusedFile;
import org.quotebench.importer.web.AddressSource;
import org.quotebench.importer.web.PageFetcher;
import org.quotebench.importer.web.WebArticles;
import org.quotebench.store.ImportOutcome;

/**
 * Imports web pages with progress: each address fetched (Cancel stops the fetch in flight) and stored
 * at once, so what came before a Cancel is kept. It runs beside the workspace thread, which stores
 * each page, so that the user's edits are not queued behind the fetches. An address already in the workspace is fetched again:
 * the same text is reported unchanged, another text is stored as the page's next version.
 */
public final class WebImportJob extends Task<ImportReport> {
    private final Function<ArticleDraft, ImportOutcome> store;
    private final List<String> addresses;
    private final WebArticles web;
    private final AddressSource source;

    /**
     * Addresses from {@code source}: stored ones (Check for changes) may not lead into the user's network.
     *
     * @param store stores a fetched page in the workspace (on its thread: the job itself runs beside it)
     */
    public WebImportJob(Function<ArticleDraft, ImportOutcome> store, List<String> addresses, WebArticles web, AddressSource source) {
        this.store = store;
        this.addresses = List.copyOf(addresses);
        this.web = web;
        this.source = source;
    }

    @Override
    protected ImportReport call() {
        ImportReport report = new ImportReport(source == AddressSource.STORED);
        for (int i = 0; i < addresses.size() && !isCancelled(); i++) {
            String address = addresses.get(i);
            updateMessage("Fetching " + (i + 1) + " of " + addresses.size() + ": " + address);
            try {
                ArticleDraft draft = web.fetch(address, this::isCancelled, source);
                if (isCancelled()) {
                    break; // fetched as Cancel came: not stored, so the library the dialog shows then is the whole story
                }
                ImportOutcome outcome = store.apply(draft);
                if (outcome instanceof ImportOutcome.Imported done) {
                    ArticleInfo article = done.article();
                    report.imported(article.id());
                    if (article.versions().version() > 1) {
                        report.changed(address + " (version " + article.versions().version() + " is article " + article.id() + ")");
                    }
                } else if (outcome instanceof ImportOutcome.Duplicate same) {
                    report.duplicate(address + (source == AddressSource.STORED ? " (the text of article " : " (unchanged: the text of article ")
                            + same.existingArticleId() + ")");
                }
            } catch (RefusedFile refused) {
                boolean local = source == AddressSource.STORED && refused.reason().startsWith(PageFetcher.LOCAL_ADDRESS);
                report.refused(refused.getMessage() + (local ? ". To fetch it, give the address yourself: File › Import from a web address…" : ""));
            } catch (CancellationException stopped) {
                break;
            }
            updateProgress(i + 1, addresses.size());
        }
        if (isCancelled()) {
            report.cancelled();
        }
        return report;
    }
}
