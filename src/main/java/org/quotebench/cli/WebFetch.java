package org.quotebench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleDraft;
import org.quotebench.importer.KnownOutlets;
import org.quotebench.importer.RefusedFile;
import org.quotebench.importer.web.AddressSource;
import org.quotebench.importer.web.FetchLimits;
import org.quotebench.importer.web.Feeds;
import org.quotebench.importer.web.PageFetcher;
import org.quotebench.importer.web.WebArticles;

/** Fetching for the command line: web addresses into drafts (with progress on standard error), feeds into addresses. */
final class WebFetch {
    /** What a fetch gave: the drafts with the addresses they came from, in order. */
    record Fetched(List<String> addresses, List<ArticleDraft> drafts) {
    }

    private final PageFetcher fetcher = new PageFetcher(FetchLimits.DEFAULT);
    private final WebArticles articles;

    /** @param warn told when the user's outlets.tsv has a bad line (the built-in table is used instead) */
    WebFetch(java.util.function.Consumer<String> warn) {
        this.articles = new WebArticles(fetcher, KnownOutlets.forUser(warn));
    }

    /** Fetches each address; a refused one goes to {@code refused} with its reason. */
    Fetched fetch(List<String> addresses, PrintWriter progressTo, java.util.function.BiConsumer<String, String> refused) {
        return fetch(addresses, progressTo, refused, java.util.Set.of());
    }

    /** As above; the addresses in {@code fromTheInternet} came from a feed on the internet and may not lead into the user's network. */
    Fetched fetch(List<String> addresses, PrintWriter progressTo, java.util.function.BiConsumer<String, String> refused,
            java.util.Set<String> fromTheInternet) {
        return fetch(addresses, progressTo, refused, address -> AddressSource.of(fromTheInternet.contains(address)));
    }

    /** As above, each address from where {@code sourceOf} says (only one the user gave may lead into their network). */
    Fetched fetch(List<String> addresses, PrintWriter progressTo, java.util.function.BiConsumer<String, String> refused,
            java.util.function.Function<String, AddressSource> sourceOf) {
        Progress progress = new Progress(progressTo, "Fetching", addresses.size());
        List<String> done = new ArrayList<>();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            try {
                drafts.add(articles.fetch(addresses.get(i), () -> false, sourceOf.apply(addresses.get(i))));
                done.add(addresses.get(i));
            } catch (RefusedFile refusal) {
                refused.accept(refusal.file(), refusal.reason());
            }
            progress.update(i + 1);
        }
        progress.done();
        return new Fetched(done, drafts);
    }

    /** The addresses a feed (an address or a file) lists, and whether it is on the internet. */
    Feeds.Items feed(String source) {
        return new Feeds(fetcher).items(source, () -> false);
    }
}
