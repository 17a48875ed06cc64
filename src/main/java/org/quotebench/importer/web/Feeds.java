package org.quotebench.importer.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.quotebench.importer.RefusedFile;
import org.xml.sax.InputSource;

/**
 * The articles an RSS or Atom feed lists, read with Rome: each item's link (an Atom entry's
 * {@code alternate} link), made absolute against the feed's own address, in the feed's order, once each.
 */
public final class Feeds {
    private static final long MAX_FEED_BYTES = 20L * 1024 * 1024;

    private final PageFetcher fetcher;

    public Feeds(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * The addresses of the items of the feed at {@code source}, a web address or a file.
     *
     * @throws RefusedFile naming the feed, when it cannot be had or is not RSS or Atom
     */
    public List<String> links(String source, BooleanSupplier cancelled) {
        return items(source, cancelled).links();
    }

    /** A feed's item addresses, and whether the feed is on the internet (then they may not lead into the user's network). */
    public record Items(List<String> links, boolean fromTheInternet) {
    }

    /**
     * The addresses of the items of the feed at {@code source}, and where the feed is.
     *
     * @throws RefusedFile naming the feed, when it cannot be had or is not RSS or Atom
     */
    public Items items(String source, BooleanSupplier cancelled) {
        byte[] bytes;
        URI base;
        if (WebArticles.isAddress(source)) {
            URI address;
            try {
                address = new URI(source.strip());
            } catch (java.net.URISyntaxException e) {
                throw new RefusedFile(source, "not a web address (" + e.getReason() + ")");
            }
            FetchedPage page = fetcher.fetch(address, cancelled);
            if (page.status() < 200 || page.status() >= 300) {
                throw new RefusedFile(source, "the feed could not be had (HTTP " + page.status() + ")");
            }
            bytes = page.body();
            base = page.from();
        } else {
            Path file = Path.of(source);
            try {
                if (Files.size(file) > MAX_FEED_BYTES) {
                    throw new RefusedFile(source, "larger than 20 MB, too large for a feed");
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new RefusedFile(source, Files.exists(file) ? "could not be read (" + e.getMessage() + ")" : "no such file");
            }
            base = null;
        }
        java.util.function.Predicate<URI> local = fetcher.localCheck(source, cancelled); // host names looked up within the time limit
        boolean fromTheInternet = base != null && !local.test(base);
        return new Items(allowed(source, links(source, bytes, base), fromTheInternet, local), fromTheInternet);
    }

    /**
     * The links a feed may lead to: all of a feed file's or a local feed's; a feed on the internet may not
     * send the fetcher into the user's own machine or network. Host names are resolved by {@code resolver}.
     */
    static List<String> allowed(String source, List<String> links, URI base, LocalAddresses.Resolver resolver) {
        java.util.function.Predicate<URI> local = address -> LocalAddresses.isLocal(address, resolver);
        return allowed(source, links, base != null && !local.test(base), local);
    }

    private static List<String> allowed(String source, List<String> links, boolean fromTheInternet,
            java.util.function.Predicate<URI> local) {
        if (!fromTheInternet) {
            return links;
        }
        List<String> outside = links.stream().filter(l -> !judgedLocal(local, l)).toList();
        if (outside.isEmpty()) {
            throw new RefusedFile(source, "the feed lists only local or private addresses, which are not fetched");
        }
        return outside;
    }

    /**
     * Whether an item's address leads into the user's network. One whose host name gets no answer now
     * is kept: it is judged again right before it is fetched, and refused alone then if still unanswered,
     * rather than the whole feed for one silent host.
     */
    private static boolean judgedLocal(java.util.function.Predicate<URI> local, String link) {
        try {
            return local.test(URI.create(link));
        } catch (RefusedFile unanswered) {
            return false;
        }
    }

    static List<String> links(String shown, byte[] bytes, URI base) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new RefusedFile(shown, "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        Set<String> links = new LinkedHashSet<>();
        List<String> unusable = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<String> link = link(entry);
            if (link.isEmpty()) {
                continue;
            }
            try {
                URI uri = base == null ? new URI(link.get().strip()) : base.resolve(link.get().strip());
                if (uri.isAbsolute() && WebArticles.isAddress(uri.toString())) {
                    links.add(uri.toString());
                } else {
                    unusable.add(link.get());
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                unusable.add(link.get());
            }
        }
        if (links.isEmpty()) {
            throw new RefusedFile(shown, "the feed lists no article addresses" + (unusable.isEmpty() ? "" : " (only " + unusable.get(0) + ")"));
        }
        return List.copyOf(links);
    }

    private static Optional<String> link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return Optional.of(entry.getLink());
        }
        for (SyndLink link : entry.getLinks()) {
            if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
                return Optional.of(link.getHref());
            }
        }
        return Optional.ofNullable(entry.getUri()).filter(WebArticles::isAddress);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
