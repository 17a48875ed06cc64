package org.quotebench.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.quotebench.importer.RefusedFile;

/**
 * Noted in an earlier review: a host name's lookup (to tell whether it leads to the user's own network)
 * was not bounded by the fetch's time limit nor given up on cancel, so a name server that does not
 * answer held an import, deaf to Cancel, for as long as the system's resolver waited. A resolver here
 * stands for such a name server: it answers only when the test lets it, after the fetch has ended.
 */
class SlowNameServerTest {
    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);

    /** A name server that takes the question and answers only when {@link #answer} is counted down. */
    private final Thread fetching = Thread.currentThread();
    private final LocalAddresses.Resolver silent = host -> {
        if (Thread.currentThread() == fetching) {
            // the old way: nothing could cancel this wait, so say so rather than hang the test
            throw new AssertionError("the name was looked up on the fetch's own thread, deaf to cancel and time limit");
        }
        asked.countDown();
        try {
            answer.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new UnknownHostException(host);
    };

    /** The fetch's clock: still at its start until the name server has been asked, then past the 60 s. */
    private final java.util.function.LongSupplier clock = () -> asked.getCount() == 0 ? Duration.ofSeconds(61).toNanos() : 0;

    private PageFetcher fetcher() {
        return new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024 * 1024, 5), HttpClient.newBuilder(),
                silent, clock);
    }

    @Test
    void cancellingWhileTheNameServerIsSilentEndsTheFetch() {
        try {
            // cancelled as soon as the lookup has begun (were Cancel not heard, the 60 s limit would end it: a refusal, not this)
            PageFetcher fetcher = new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024 * 1024, 5),
                    HttpClient.newBuilder(), silent);
            assertThatThrownBy(() -> fetcher.fetch(URI.create("https://courier.example/bridge"), () -> asked.getCount() == 0))
                    .isInstanceOf(CancellationException.class);
            assertThat(asked.getCount()).as("the name was being looked up").isZero();
        } finally {
            answer.countDown();
        }
    }

    @Test
    void aNameServerThatDoesNotAnswerWithinTheTimeLimitIsOneClearLine() {
        try {
            assertThatThrownBy(() -> fetcher().fetch(URI.create("https://courier.example/bridge"), () -> false))
                    .isInstanceOf(RefusedFile.class)
                    .hasMessageContaining("https://courier.example/bridge")
                    .hasMessageContaining("no answer from the name server for courier.example")
                    .hasMessageContaining("within 60 s (timed out)");
            assertThat(asked.getCount()).as("the name was being looked up when the time ran out").isZero();
        } finally {
            answer.countDown();
        }
    }

    @Test
    void anAnsweringNameServerIsAskedAsBefore() throws Exception {
        LocalAddresses.Resolver dns = host -> new InetAddress[] {InetAddress.getByName("10.0.0.7")};
        PageFetcher fetcher = new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024, 5),
                HttpClient.newBuilder(), dns);
        // a feed's item whose name resolves into a private network is refused before anything is sent
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://intranet.courier.example/admin"), () -> false, true))
                .isInstanceOf(RefusedFile.class).hasMessageContaining("local or private address");
    }

    /**
     * Found in review: the hosts of a feed's items were looked up without the time limit; now one limit
     * holds for them all. Then a feed with one item on a silent host was refused whole: now that item is
     * kept, to be judged again (and refused alone, as above) when it is fetched, and the others come.
     */
    @Test
    void aFeedWithAnItemOnASilentHostStillGivesItsOtherItems() throws Exception {
        LocalAddresses.Resolver dns = host -> host.equals("courier.example") ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                : silent.resolve(host);
        try (NewsServer server = new NewsServer()) {
            URI local = URI.create(server.url("/"));
            PageFetcher fetcher = new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024 * 1024, 5),
                    HttpClient.newBuilder().proxy(java.net.ProxySelector.of(new java.net.InetSocketAddress(local.getHost(), local.getPort()))),
                    dns, clock);
            Feeds.Items items = new Feeds(fetcher).items("http://courier.example/feed-far.rss", () -> false);
            assertThat(asked.getCount()).as("the silent host was asked about, and the time ran out").isZero();
            assertThat(items.links()).containsExactly("http://silent.courier.example/bridge",
                    "http://courier.example/news/council-backs-bridge");
            assertThat(items.fromTheInternet()).isTrue();
            FetchedPage other = fetcher.fetch(URI.create("http://courier.example/news/council-backs-bridge"), () -> false, true);
            assertThat(other.status()).as("the other item is fetched as any").isEqualTo(200);
        } finally {
            answer.countDown();
        }
    }
}
