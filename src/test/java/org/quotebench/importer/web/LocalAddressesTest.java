package org.quotebench.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotebench.importer.RefusedFile;

/** Found in review: a feed or redirect on the internet could send the fetcher to the user's own machine or network. */
class LocalAddressesTest {
    @Test
    void loopbackPrivateAndLinkLocalAddressesAreLocal() {
        for (String local : List.of("http://localhost/x", "http://127.0.0.1:8080/x", "http://10.1.2.3/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/x", "http://printer.local/")) {
            assertThat(LocalAddresses.isLocal(URI.create(local))).as(local).isTrue();
        }
        for (String outside : List.of("https://courier.example/news", "http://93.184.216.34/", "https://www.reuters.com/a")) {
            assertThat(LocalAddresses.isLocal(URI.create(outside))).as(outside).isFalse();
        }
    }

    @Test
    void aFeedOnTheInternetMayNotListLocalAddresses() {
        URI outside = URI.create("https://courier.example/feed.rss");
        List<String> links = List.of("https://courier.example/a", "http://169.254.169.254/latest/meta-data/");
        assertThat(Feeds.allowed("feed", links, outside, LocalAddresses.SYSTEM)).containsExactly("https://courier.example/a");
        assertThatThrownBy(() -> Feeds.allowed("feed", List.of("http://127.0.0.1/x"), outside, LocalAddresses.SYSTEM))
                .isInstanceOf(RefusedFile.class)
                .hasMessageContaining("only local or private addresses");
        // a feed the user has as a file, or one on their own network, may
        assertThat(Feeds.allowed("feed.xml", links, null, LocalAddresses.SYSTEM)).isEqualTo(links);
        assertThat(Feeds.allowed("feed", links, URI.create("http://127.0.0.1:8080/feed.rss"), LocalAddresses.SYSTEM)).isEqualTo(links);
    }

    /** What a DNS server might answer: a public address for the paper, private ones for names an attacker chose. */
    private static final LocalAddresses.Resolver DNS = host -> {
        String ip = Map.of("courier.example", "93.184.216.34", "intranet.courier.example", "10.0.0.7",
                "metadata.courier.example", "169.254.169.254", "v6.courier.example", "fd12:3456::1", "mixed.courier.example",
                "93.184.216.35").get(host);
        if (ip == null) {
            throw new UnknownHostException(host);
        }
        return host.startsWith("mixed") ? new InetAddress[] {InetAddress.getByName(ip), InetAddress.getByName("192.168.0.9")}
                : new InetAddress[] {InetAddress.getByName(ip)};
    };

    /** Found in the last review: a host name whose DNS answer is private passed for an address on the internet. */
    @Test
    void aHostNameIsLocalWhenAnyOfItsAddressesIs() {
        for (String local : List.of("http://intranet.courier.example/admin", "http://metadata.courier.example/latest/",
                "http://v6.courier.example/", "http://mixed.courier.example/")) {
            assertThat(LocalAddresses.isLocal(URI.create(local), DNS)).as(local).isTrue();
        }
        assertThat(LocalAddresses.isLocal(URI.create("https://courier.example/news"), DNS)).isFalse();
        assertThat(LocalAddresses.isLocal(URI.create("https://unknown.example/news"), DNS)).isFalse(); // fetching it fails on its own
        List<String> links = List.of("https://courier.example/a", "http://intranet.courier.example/admin");
        assertThat(Feeds.allowed("feed", links, URI.create("https://courier.example/feed.rss"), DNS))
                .containsExactly("https://courier.example/a");
    }

    /**
     * A page on the internet redirecting to a name whose DNS answer is private is not followed; a redirect within
     * the paper is. The test's server stands for both hosts as their proxy.
     */
    @Test
    void aRedirectToANameForAPrivateAddressIsNotFollowed() throws Exception {
        try (NewsServer server = new NewsServer()) {
            PageFetcher fetcher = throughProxy(server);
            FetchedPage moved = fetcher.fetch(URI.create("http://courier.example/moved"), () -> false);
            assertThat(moved.from()).isEqualTo(URI.create("http://courier.example/news/council-backs-bridge"));
            assertThatThrownBy(() -> fetcher.fetch(URI.create("http://courier.example/to-intranet"), () -> false))
                    .isInstanceOf(RefusedFile.class)
                    .hasMessage("http://courier.example/to-intranet: redirects to a local or private address (intranet.courier.example),"
                            + " which is not followed");
            assertThat(server.hits("/admin")).isZero();
        }
    }

    /**
     * Found in review: a feed's items were checked when the feed was read and fetched later as if the user had
     * given them, so a name whose DNS answer turned private in between was fetched. An item from a feed on the
     * internet is checked again right before it is asked for; the same address given by the user is fetched.
     */
    @Test
    void anItemFromAFeedOnTheInternetIsCheckedWhenItIsFetched() throws Exception {
        try (NewsServer server = new NewsServer()) {
            PageFetcher fetcher = throughProxy(server);
            URI intranet = URI.create("http://intranet.courier.example/admin");
            assertThatThrownBy(() -> fetcher.fetch(intranet, () -> false, true)).isInstanceOf(RefusedFile.class)
                    .hasMessage("http://intranet.courier.example/admin: is a local or private address (intranet.courier.example),"
                            + " which a feed on the internet may not lead to");
            assertThat(server.hits("/admin")).isZero();
            assertThat(fetcher.fetch(URI.create("http://courier.example/moved"), () -> false, true).status()).isEqualTo(200);
            fetcher.fetch(intranet, () -> false, false); // the user's own address may be on their network
            assertThat(server.hits("/admin")).isEqualTo(1);
        }
    }

    /** A fetcher whose requests, to any host, the test's news server answers, with host names resolved by {@link #DNS}. */
    private static PageFetcher throughProxy(NewsServer server) {
        URI local = URI.create(server.url("/"));
        return new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024 * 1024, 5),
                HttpClient.newBuilder().proxy(ProxySelector.of(new InetSocketAddress(local.getHost(), local.getPort()))), DNS);
    }
}
