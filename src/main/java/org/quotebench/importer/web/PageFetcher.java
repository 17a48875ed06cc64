package org.quotebench.importer.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.quotebench.core.Version;
import org.quotebench.importer.RefusedFile;

/**
 * Fetches a page with the JDK's HTTP client: redirects followed one by one (a loop, too many, or one
 * to anything but http/https is refused), a time limit for the whole answer, a size limit, and a user
 * agent that says what is asking. Any failure is a {@link RefusedFile} naming the address and the
 * reason in words; a fetch the user cancels ends with {@link CancellationException}.
 */
public final class PageFetcher {
    /** Says what is asking, as well-behaved clients do. */
    public static final String USER_AGENT = "Quotebench/" + Version.version()
            + " (fact-checking workbench; fetches one page a user asked for)";
    private static final long WAIT_STEP_MS = 100;
    /** How the reason of a refusal to fetch an address on the user's own machine or network begins. */
    public static final String LOCAL_ADDRESS = "is a local or private address";

    private final FetchLimits limits;
    private final HttpClient client;
    private final LocalAddresses.Resolver resolver;
    private final java.util.function.LongSupplier clock;

    public PageFetcher(FetchLimits limits) {
        this(limits, HttpClient.newBuilder(), LocalAddresses.SYSTEM);
    }

    /** A fetcher whose client is made from {@code builder} (a test's proxy) and whose host names {@code resolver} resolves. */
    PageFetcher(FetchLimits limits, HttpClient.Builder builder, LocalAddresses.Resolver resolver) {
        this(limits, builder, resolver, System::nanoTime);
    }

    /** As above, the time limit read on {@code clock} (nanoseconds, as {@link System#nanoTime}; a test's own). */
    PageFetcher(FetchLimits limits, HttpClient.Builder builder, LocalAddresses.Resolver resolver, java.util.function.LongSupplier clock) {
        this.limits = limits;
        this.client = builder.connectTimeout(limits.connect()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.resolver = resolver;
        this.clock = clock;
    }

    /**
     * The page at {@code address}, after its redirects; {@code cancelled} is asked while waiting.
     *
     * @throws RefusedFile naming {@code address} when the page cannot be had (the reason says why)
     * @throws CancellationException when {@code cancelled} says so
     */
    public FetchedPage fetch(URI address, BooleanSupplier cancelled) {
        return fetch(address, cancelled, false);
    }

    /**
     * As {@link #fetch(URI, BooleanSupplier)}; {@code fromTheInternet} when the address came from a page or
     * feed on the internet rather than from the user: then it may not be on the user's own machine or
     * network either. Every address is checked right before it is asked for, its host name resolved
     * then, so a DNS answer that changed since a feed was read is seen.
     */
    public FetchedPage fetch(URI address, BooleanSupplier cancelled, boolean fromTheInternet) {
        return fetch(address, cancelled, AddressSource.of(fromTheInternet));
    }

    /** As above, for an address from {@code source}: only one the user gave may be on their own machine or network. */
    public FetchedPage fetch(URI address, BooleanSupplier cancelled, AddressSource source) {
        boolean fromTheInternet = !source.mayBeLocal();
        String shown = address.toString();
        URI current = address;
        Set<URI> seen = new HashSet<>();
        long deadline = clock.getAsLong() + limits.whole().toNanos();
        java.util.function.Predicate<URI> local = localCheck(shown, deadline, cancelled);
        boolean mayBeLocal = !fromTheInternet && local.test(address);
        for (int hop = 0; ; hop++) {
            checkScheme(shown, current);
            if (!seen.add(current)) {
                throw new RefusedFile(shown, "redirects in a loop (back to " + current + ")");
            }
            // the user's own address was judged above; a feed's item and every redirect are judged right before they are asked for
            if (!mayBeLocal && (hop > 0 || fromTheInternet) && local.test(current)) {
                // a page or feed on the internet may not send the fetcher into the user's own machine or network
                throw new RefusedFile(shown, hop == 0
                        ? LOCAL_ADDRESS + " (" + current.getHost() + "), " + source.refusal()
                        : "redirects to a local or private address (" + current.getHost() + "), which is not followed");
            }
            HttpResponse<byte[]> response = send(shown, current, deadline, cancelled);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                if (hop >= limits.maxRedirects()) {
                    throw new RefusedFile(shown, "too many redirects (more than " + limits.maxRedirects() + ")");
                }
                URI next;
                try {
                    next = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new RefusedFile(shown, "redirects to an address that is not one (" + location.get() + ")");
                }
                current = next;
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new FetchedPage(address, current, status, mediaType(contentType), charset(contentType), response.body(),
                    Instant.now());
        }
    }

    private HttpResponse<byte[]> send(String shown, URI uri, long deadline, BooleanSupplier cancelled) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(limits.whole())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> info.statusCode() >= 300
                && info.statusCode() < 400 ? HttpResponse.BodySubscribers.replacing(new byte[0]) : new LimitedBody(limits.maxBytes()));
        return await(shown, uri, answer, deadline, cancelled, "no complete answer");
    }

    /**
     * Whether addresses are on the user's own machine or network ({@link LocalAddresses}), their host names
     * looked up within one time limit from now for all of them (a feed's items) and given up when the user
     * cancels; a name server that does not answer in time is a {@link RefusedFile} naming {@code shown}.
     */
    java.util.function.Predicate<URI> localCheck(String shown, BooleanSupplier cancelled) {
        return localCheck(shown, clock.getAsLong() + limits.whole().toNanos(), cancelled);
    }

    /** As above, within {@code deadline} (a fetch's own, for its address and redirects). */
    private java.util.function.Predicate<URI> localCheck(String shown, long deadline, BooleanSupplier cancelled) {
        java.util.Map<String, Boolean> hosts = new java.util.HashMap<>(); // a feed's items and a page's redirects mostly share a host
        return uri -> uri.getHost() == null ? isLocal(shown, uri, deadline, cancelled)
                : hosts.computeIfAbsent(uri.getHost().toLowerCase(java.util.Locale.ROOT), host -> isLocal(shown, uri, deadline, cancelled));
    }

    /**
     * Whether the address is on the user's own machine or network ({@link LocalAddresses}), its host name
     * looked up within the fetch's time limit and given up when the user cancels.
     */
    private boolean isLocal(String shown, URI uri, long deadline, BooleanSupplier cancelled) {
        return await(shown, uri, NameLookups.start(() -> LocalAddresses.isLocal(uri, resolver)), deadline, cancelled,
                "no answer from the name server for " + uri.getHost());
    }

    /** Waits for {@code answer}, asking {@code cancelled} as it waits; {@code late} says what did not come in time. */
    private <T> T await(String shown, URI uri, java.util.concurrent.Future<T> answer, long deadline, BooleanSupplier cancelled,
            String late) {
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    answer.cancel(true);
                    throw new CancellationException("cancelled");
                }
                long left = deadline - clock.getAsLong();
                if (left <= 0) {
                    answer.cancel(true);
                    throw new RefusedFile(shown, late + " within " + limits.whole().toSeconds() + " s (timed out)");
                }
                try {
                    return answer.get(Math.min(WAIT_STEP_MS, TimeUnit.NANOSECONDS.toMillis(left) + 1), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    // ask again whether the user cancelled, and whether the time is up
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new RefusedFile(shown, reason(e.getCause(), uri));
        }
    }

    private static String reason(Throwable failure, URI uri) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof LimitedBody.TooLarge)) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof HttpTimeoutException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof LimitedBody.TooLarge) {
            return "the page is " + cause.getMessage() + " (too large to be an article)";
        }
        if (cause instanceof UnknownHostException) {
            return "no such host (" + uri.getHost() + "); check the address and the network";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out waiting for " + uri.getHost();
        }
        if (cause instanceof ConnectException) {
            return "could not connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + " (is the network on?)";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "the secure connection failed (" + cause.getMessage() + ")";
        }
        if (cause instanceof IOException) {
            return "the connection failed (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")";
        }
        return "could not be fetched (" + cause + ")";
    }

    private static void checkScheme(String shown, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedFile(shown, "leads to '" + uri + "', which is not a web address (http or https)");
        }
        if (uri.getHost() == null) {
            throw new RefusedFile(shown, "has no host name");
        }
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Charset> charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
                } catch (IllegalArgumentException bad) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
