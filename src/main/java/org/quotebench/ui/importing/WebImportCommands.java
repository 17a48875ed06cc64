package org.quotebench.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.stage.Window;
import org.quotebench.core.ArticleInfo;
import org.quotebench.importer.KnownOutlets;
import org.quotebench.importer.web.AddressSource;
import org.quotebench.importer.web.FetchLimits;
import org.quotebench.importer.web.PageFetcher;
import org.quotebench.importer.web.WebArticles;
import org.quotebench.ui.JobDialog;
import org.quotebench.ui.WorkspaceSession;

/**
 * The window's ways to bring in web pages: File > Import from a web address…, an address pasted on
 * the library or dropped from a browser, and Article > Check for changes; each runs a
 * {@link WebImportJob} with progress, Cancel and a summary.
 */
public final class WebImportCommands {
    private final WorkspaceSession session;
    private final Supplier<Window> window;
    private final Consumer<List<Long>> imported;
    private final Consumer<String> tell;
    private String lastGiven = "";

    /**
     * @param imported told the ids of the articles an import stored (the finder may run on them)
     * @param tell     shows a one-line notice
     */
    public WebImportCommands(WorkspaceSession session, Supplier<Window> window, Consumer<List<Long>> imported, Consumer<String> tell) {
        this.session = session;
        this.window = window;
        this.imported = imported;
        this.tell = tell;
    }

    /** File > Import from a web address…: asks for the addresses, then imports them. */
    public void ask() {
        if (session.isOpen()) {
            WebAddressDialog.ask(window.get(), lastGiven).ifPresent(addresses -> {
                lastGiven = String.join("\n", addresses);
                importAddresses(addresses);
            });
        }
    }

    /** Imports text pasted or dropped on the window when it is web addresses (one a line); false when it is not. */
    public boolean offer(String text) {
        if (text == null || !session.isOpen() || WebAddressDialog.check(text).isPresent()) {
            return false;
        }
        importAddresses(WebAddressDialog.addresses(text));
        return true;
    }

    /** Article > Check for changes: fetches these articles' pages again (those fetched from the web). */
    public void checkForChanges(List<ArticleInfo> articles) {
        List<String> addresses = new ArrayList<>();
        List<String> notFetched = new ArrayList<>();
        for (ArticleInfo article : articles) {
            if (article.canBeFetchedAgain()) {
                String url = article.metadata().url().get();
                if (!addresses.contains(url)) {
                    addresses.add(url);
                }
            } else {
                notFetched.add(article.metadata().title().orElse(article.sourceName()));
            }
        }
        if (addresses.isEmpty()) {
            tell.accept(articles.isEmpty() ? "Select an article first."
                    : "Only articles imported from a web address (not archive snapshots) can be checked for changes.");
            return;
        }
        if (!notFetched.isEmpty()) {
            tell.accept("Not checked (not fetched from the web): " + String.join(", ", notFetched));
        }
        // stored addresses may have come with someone else's file: not fetched from the user's own network
        importAddresses(addresses, AddressSource.STORED);
    }

    /** Imports web pages the user gave with progress, Cancel and a summary. */
    public void importAddresses(List<String> addresses) {
        importAddresses(addresses, AddressSource.GIVEN);
    }

    private void importAddresses(List<String> addresses, AddressSource source) {
        if (!session.isOpen() || addresses.isEmpty()) {
            return;
        }
        WebArticles web = new WebArticles(new PageFetcher(FetchLimits.DEFAULT), outlets());
        Task<ImportReport> task = session.startAside(storing -> new WebImportJob(
                draft -> storing.await(ws -> ws.articles().importArticle(draft)), addresses, web, source));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> imported.accept(task.getValue().importedIds()));
        JobDialog.showBeside(window.get(), "Import from the web", task, session::refresh); // the window stays at the user's hand
    }

    private KnownOutlets outlets() {
        return KnownOutlets.forUser(tell);
    }
}
