package org.quotebench.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
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
        assertThat(Feeds.allowed("feed", links, outside)).containsExactly("https://courier.example/a");
        assertThatThrownBy(() -> Feeds.allowed("feed", List.of("http://127.0.0.1/x"), outside)).isInstanceOf(RefusedFile.class)
                .hasMessageContaining("only local or private addresses");
        // a feed the user has as a file, or one on their own network, may
        assertThat(Feeds.allowed("feed.xml", links, null)).isEqualTo(links);
        assertThat(Feeds.allowed("feed", links, URI.create("http://127.0.0.1:8080/feed.rss"))).isEqualTo(links);
    }
}
