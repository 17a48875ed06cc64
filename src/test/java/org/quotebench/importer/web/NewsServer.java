package org.quotebench.importer.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on the loopback interface for the tests (the build machines have no internet): fictional
 * pages written for the repository, redirects, encodings declared only in a header or only in the
 * page, error statuses, a page that never finishes, one too large, a PDF, an image, a login page, an
 * archive snapshot with the archive's toolbar, RSS and Atom feeds, and a page whose text changes.
 */
public final class NewsServer implements AutoCloseable {
    static final String STORY = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Council backs harbour bridge | The Harbour Courier</title>
            <meta property="og:title" content="Council backs harbour bridge">
            <meta property="og:site_name" content="The Harbour Courier">
            <meta name="author" content="Ana Pereira">
            <meta property="article:published_time" content="2026-03-02T21:40:00+00:00">
            <link rel="canonical" href="https://courier.example/news/council-backs-bridge">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs harbour bridge",
            "publisher":{"@type":"Organization","name":"The Harbour Courier"}}</script>
            </head><body><nav>Home · News · Sport</nav><article>
            <h1>Council backs harbour bridge</h1>
            <p>👍🏽 The council voted 7–4 for the bridge after a meeting that ran past midnight.</p>
            <p>“This bridge will be open to traffic by May,” Mayor Rene\u0301e Okafor said.</p>
            <p>Opposition leader Tom Hale said the vote had been rushed.</p>
            </article><footer>© The Harbour Courier</footer></body></html>
            """;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger changingServed = new AtomicInteger();
    private final Map<String, Integer> hits = new HashMap<>();
    private volatile String lastUserAgent = "";

    public NewsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The User-Agent of the last request. */
    public String lastUserAgent() {
        return lastUserAgent;
    }

    /** How many times a path was asked for. */
    public synchronized int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        synchronized (this) {
            hits.merge(path, 1, Integer::sum);
        }
        lastUserAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        try (exchange) {
            switch (path) {
                case "/news/council-backs-bridge" -> send(exchange, 200, "text/html; charset=utf-8", STORY);
                case "/news/title-only" -> send(exchange, 200, "text/html", "<html><head><title>Ferry crews stay out</title></head>"
                        + "<body><p>“We stay out,” union leader Yusuf Demir said on Monday, as talks with the owners stalled.</p>"
                        + "<p>The owners said they would meet the union again on Friday.</p></body></html>");
                case "/moved" -> redirect(exchange, 301, "/news/council-backs-bridge");
                case "/found" -> redirect(exchange, 302, url("/news/title-only"));
                case "/loop-a" -> redirect(exchange, 302, "/loop-b");
                case "/loop-b" -> redirect(exchange, 302, "/loop-a");
                case "/to-ftp" -> redirect(exchange, 302, "ftp://courier.example/file");
                case "/to-intranet" -> redirect(exchange, 302, "http://intranet.courier.example/admin"); // a name for a private address
                case "/cp1252-header" -> send(exchange, 200, "text/html; charset=windows-1252", windows1252Page(false),
                        Charset.forName("windows-1252"));
                case "/cp1252-meta" -> send(exchange, 200, "text/html", windows1252Page(true), Charset.forName("windows-1252"));
                case "/plain.txt" -> send(exchange, 200, "text/plain; charset=utf-8",
                        "Harbour notes\n\n“Work starts in June,” the harbour master said.\n");
                case "/missing" -> send(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>");
                case "/broken" -> send(exchange, 500, "text/html", "<html><body>Internal error</body></html>");
                case "/members" -> send(exchange, 403, "text/html", "<html><body>Subscribers only</body></html>");
                case "/slow" -> neverFinish(exchange);
                case "/huge" -> send(exchange, 200, "text/html", "<html><body><p>" + "The harbour. ".repeat(200_000) + "</p></body></html>");
                case "/report.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
                case "/photo.jpg" -> sendBytes(exchange, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20});
                case "/login" -> send(exchange, 200, "text/html", "<html><head><title>Sign in</title></head><body><form>"
                        + "<p>Sign in to read this story.</p><input name=user><input type=password name=pw>"
                        + "<button>Sign in</button></form></body></html>");
                case "/empty" -> send(exchange, 200, "text/html", "<html><head><title>Nothing</title></head><body><nav>Home</nav>"
                        + "<script>var x = 1;</script></body></html>");
                case "/changing" -> send(exchange, 200, "text/html; charset=utf-8", changingPage());
                // a site that gives every article its home page as the canonical address
                case "/news/one", "/news/two" -> send(exchange, 200, "text/html", "<html><head><title>Story " + path
                        + "</title><link rel=canonical href=\"/\"></head><body><article><p>“The harbour reopens " + path
                        + " next week,” the harbour master said on Monday.</p></article></body></html>");
                default -> archiveOrFeed(exchange, path);
            }
        }
    }

    private void archiveOrFeed(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/web/2024id_/")) {
            // an archive redirects a time it has no capture for to its nearest capture
            redirect(exchange, 302, "/web/20240115093000id_/" + path.substring("/web/2024id_/".length()));
        } else if (path.startsWith("/web/20240115093000id_/") || path.startsWith("/web/20240115093000/")) {
            send(exchange, 200, "text/html; charset=utf-8", "<html><head><title>Ferry talks collapse</title></head><body>"
                    + "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><p>The Wayback Machine has archived this page. "
                    + "Captured 15 January 2024. Donate now.</p></div><!-- END WAYBACK TOOLBAR INSERT -->"
                    + "<article><p>“The talks are over for now,” union leader Yusuf Demir said on Sunday evening.</p>"
                    + "<p>The ferry company said it was disappointed.</p></article></body></html>");
        } else if (path.equals("/feed.rss")) {
            send(exchange, 200, "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>The Harbour Courier</title><link>" + url("/") + "</link><description>News</description>"
                    + "<item><title>Council backs harbour bridge</title><link>" + url("/news/council-backs-bridge") + "</link></item>"
                    + "<item><title>Ferry crews stay out</title><link>" + url("/news/title-only") + "</link></item>"
                    + "<item><title>Gone</title><link>" + url("/missing") + "</link></item></channel></rss>");
        } else if (path.equals("/feed-far.rss")) { // items on a host of their own, whose name must be looked up
            send(exchange, 200, "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>The Harbour Courier</title><link>http://courier.example/</link><description>News</description>"
                    + "<item><title>Bridge</title><link>http://silent.courier.example/bridge</link></item>"
                    + "<item><title>Council backs bridge</title><link>http://courier.example/news/council-backs-bridge</link></item>"
                    + "</channel></rss>");
        } else if (path.equals("/feed.atom")) {
            send(exchange, 200, "application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour notes</title><id>urn:x</id><updated>2026-03-02T00:00:00Z</updated>"
                    + "<entry><title>Bridge</title><id>urn:1</id><updated>2026-03-02T00:00:00Z</updated>"
                    + "<link rel=\"alternate\" href=\"" + url("/news/council-backs-bridge") + "\"/></entry></feed>");
        } else {
            send(exchange, 404, "text/html", "<html><body>Not here</body></html>");
        }
    }

    /** The text changes each time the page is asked for: a story updated after publication. */
    private String changingPage() {
        int served = changingServed.incrementAndGet();
        String update = served == 1 ? "<p>“We stay out,” union leader Yusuf Demir said.</p>"
                : "<p>“We stay out until Friday,” union leader Yusuf Demir said.</p><p>The owners said they would talk again.</p>";
        return "<html><head><title>Ferry crews stay out" + (served == 1 ? "" : ", talks set for Friday") + "</title>"
                + "<meta property=og:site_name content=\"Saltmere Weekly\"></head><body><article>"
                + "<p>The ferry crews did not sail on Monday.</p>" + update + "</article></body></html>";
    }

    private static String windows1252Page(boolean meta) {
        return "<html><head>" + (meta ? "<meta charset=\"windows-1252\">" : "") + "<title>Café owners back the bridge</title></head>"
                + "<body><article><p>“It’s good for business — and for the café,” owner Zoë Brontë said.</p>"
                + "<p>The council’s vote is on Tuesday.</p></article></body></html>";
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, Charset charset) throws IOException {
        sendBytes(exchange, status, type, body.getBytes(charset));
    }

    private static void sendBytes(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Sends the start of a page and then nothing more until the server closes. */
    private void neverFinish(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("<html><body><p>The harbour".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
