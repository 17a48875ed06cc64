package org.quotebench.importer.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleFields;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.WebOrigin;
import org.quotebench.importer.ArticleReader;
import org.quotebench.importer.KnownOutlets;
import org.quotebench.importer.RefusedFile;

/**
 * Turns a web address into an article: fetched ({@link PageFetcher}), an archive snapshot read from
 * its raw form ({@link WebArchive}), refused with one reason when it is not an article (an error
 * status, a PDF, an image, a login page, no article text), read as HTML files are, and given its
 * address, canonical address, fetch time, status and outlet.
 */
public final class WebArticles {
    private static final Pattern PASSWORD_FIELD = Pattern.compile("(?i)<input[^>]{0,500}type\\s*=\\s*[\"']?password");
    /** A login page has a password field and little text besides. */
    private static final int LOGIN_PAGE_TEXT = 600;

    private final PageFetcher fetcher;
    private final ArticleReader reader = new ArticleReader();
    private final KnownOutlets outlets;

    public WebArticles(PageFetcher fetcher, KnownOutlets outlets) {
        this.fetcher = fetcher;
        this.outlets = outlets;
    }

    /** Whether an input names a web address rather than a file. */
    public static boolean isAddress(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The article at {@code address}.
     *
     * @throws RefusedFile naming the address, with the reason it is not an article
     * @throws CancellationException when {@code cancelled} says so while fetching
     */
    public ArticleDraft fetch(String address, BooleanSupplier cancelled) {
        return fetch(address, cancelled, false);
    }

    /**
     * As {@link #fetch(String, BooleanSupplier)}, for an address a feed on the internet listed
     * ({@code fromTheInternet}): it may not lead into the user's own machine or network.
     */
    public ArticleDraft fetch(String address, BooleanSupplier cancelled, boolean fromTheInternet) {
        return fetch(address, cancelled, AddressSource.of(fromTheInternet));
    }

    /** As above, for an address from {@code source}: only one the user gave may be on their own machine or network. */
    public ArticleDraft fetch(String address, BooleanSupplier cancelled, AddressSource source) {
        String given = address.strip();
        URI uri = parse(given);
        Optional<WebArchive.Snapshot> snapshot = WebArchive.of(uri);
        FetchedPage page;
        try {
            page = snapshot.map(s -> {
                FetchedPage raw = fetcher.fetch(s.raw(), cancelled, source);
                return raw.status() == 404 ? fetcher.fetch(uri, cancelled, source) : raw;
            }).orElseGet(() -> fetcher.fetch(uri, cancelled, source));
        } catch (RefusedFile refused) {
            // named by the address the user gave, not the raw form of a snapshot fetched in its place
            throw refused.file().equals(given) ? refused : new RefusedFile(given, refused.reason());
        }
        checkStatus(given, page.status());
        boolean html = kind(given, page.mediaType());
        byte[] body = snapshot.isPresent() ? WebArchive.withoutToolbar(page.body()) : page.body();
        if (body.length == 0) {
            throw new RefusedFile(given, "the page is empty");
        }
        boolean passwordField = html && PASSWORD_FIELD.matcher(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).find();
        RefusedFile login = new RefusedFile(given, "a login page, not an article (the site wants you to sign in)");
        ArticleDraft draft;
        try {
            draft = reader.readFetched(given, body, page.charset(), html);
        } catch (RefusedFile notAnArticle) {
            throw passwordField ? login : notAnArticle;
        }
        if (passwordField && draft.text().strip().length() < LOGIN_PAGE_TEXT) {
            throw login;
        }
        String url = snapshot.map(WebArchive.Snapshot::original).orElse(uri.toString());
        ArticleMetadata read = draft.metadata();
        Optional<String> canonical = read.url().flatMap(u -> canonical(u, page.from())).filter(u -> !u.equals(url))
                .or(() -> snapshot.isEmpty() && !page.from().equals(uri) ? Optional.of(page.from().toString()) : Optional.empty());
        Optional<String> outlet = read.outlet().or(() -> outlets.outletOf(url));
        ArticleMetadata metadata = new ArticleMetadata(read.title(), outlet, read.author(), Optional.of(url), read.publishedOn(),
                read.language());
        // the archive serves its capture nearest the time asked for, redirecting to it: that capture's time is kept
        Optional<String> archivedAt = snapshot.map(s -> WebArchive.of(page.from()).map(WebArchive.Snapshot::archivedAt)
                .orElse(s.archivedAt()));
        WebOrigin origin = new WebOrigin(canonical, Optional.of(page.fetchedAt().truncatedTo(ChronoUnit.SECONDS).toString()),
                OptionalInt.of(page.status()), archivedAt);
        return new ArticleDraft(draft.text(), metadata, draft.encoding(), given, origin);
    }

    /**
     * The page's canonical address made absolute against where it came from, if it can name this
     * article: a site's home page ("/", as some sites give every article) cannot.
     */
    static Optional<String> canonical(String given, URI from) {
        try {
            URI resolved = from.resolve(given.strip());
            String path = resolved.getPath() == null ? "" : resolved.getPath();
            boolean home = path.isEmpty() || path.equals("/");
            return !home && resolved.getHost() != null && WebArticles.isAddress(resolved.toString()) ? Optional.of(resolved.toString())
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The address as a URI without its fragment, or a refusal saying what is wrong with it. */
    private static URI parse(String given) {
        try {
            int hash = given.indexOf('#');
            String withoutFragment = hash < 0 ? given : given.substring(0, hash);
            ArticleFields.url(withoutFragment);
            return new URI(withoutFragment);
        } catch (QuotebenchException e) {
            throw new RefusedFile(given, "not a web address (http:// or https:// and a host)");
        } catch (URISyntaxException e) {
            throw new RefusedFile(given, "not a web address (" + e.getReason() + ")");
        }
    }

    private static void checkStatus(String given, int status) {
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = switch (status) {
            case 404, 410 -> "not found (HTTP " + status + ")";
            case 401, 403 -> "the site refused it: it needs a login or is forbidden (HTTP " + status + ")";
            case 429 -> "the site is limiting requests (HTTP 429); try again later";
            default -> status >= 500 ? "the server failed (HTTP " + status + "); try again later"
                    : status >= 300 && status < 400 ? "a redirect without a new address (HTTP " + status + ")"
                    : "the server answered HTTP " + status + ", not a page";
        };
        throw new RefusedFile(given, reason);
    }

    /** Whether the page is HTML (else plain text); refuses what is neither. */
    private static boolean kind(String given, String mediaType) {
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || mediaType.isEmpty()) {
            return mediaType.length() > 0;
        }
        if (mediaType.equals("text/plain")) {
            return false;
        }
        if (mediaType.equals("application/pdf")) {
            throw new RefusedFile(given, "a PDF document, not a web page (save its text as a file and import that)");
        }
        String family = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) : mediaType;
        String what = switch (family) {
            case "image" -> "an image";
            case "video" -> "a video";
            case "audio" -> "a sound file";
            default -> "not a web page";
        };
        throw new RefusedFile(given, what + ", not an article (the server sent " + mediaType + ")");
    }
}
