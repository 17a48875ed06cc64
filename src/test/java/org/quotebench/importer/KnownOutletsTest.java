package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.QuotebenchException;

/** Issue 23: a page with an address is never of "Unknown outlet": its page, the table of outlets, or its host name says. */
class KnownOutletsTest {
    @TempDir
    Path dir;

    @Test
    void hostsAndTheirSubdomainsNameTheirOutletElseTheHostNameDoes() {
        KnownOutlets outlets = KnownOutlets.builtIn();
        assertThat(outlets.outletOf("https://www.reuters.com/world/europe/story-2024-01-01/")).contains("Reuters");
        assertThat(outlets.outletOf("https://edition.cnn.com/2024/01/01/story")).contains("CNN");
        assertThat(outlets.outletOf("https://NEWS.SKY.COM./story/1")).contains("Sky News");
        assertThat(outlets.outletOf("https://www.saltmere-weekly.example/ferry")).contains("saltmere-weekly.example");
        assertThat(outlets.outletOf("not an address")).isEmpty();
        assertThat(outlets.outletOf("mailto:desk@example.org")).isEmpty();
    }

    @Test
    void theUsersTableAddsAndOverridesAndABadLineIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("outlets.tsv"), "# our papers\nsaltmere-weekly.example\tSaltmere Weekly\n"
                + "www.reuters.com\tReuters (wire)\n");
        KnownOutlets outlets = KnownOutlets.withUserFile(file);
        assertThat(outlets.outletOf("https://saltmere-weekly.example/ferry")).contains("Saltmere Weekly");
        assertThat(outlets.outletOf("https://reuters.com/a")).contains("Reuters (wire)");
        assertThat(KnownOutlets.withUserFile(dir.resolve("absent.tsv")).outletOf("https://reuters.com/a")).contains("Reuters");
        Files.writeString(file, "saltmere-weekly.example\tSaltmere Weekly\nbbc.co.uk BBC\n");
        assertThatThrownBy(() -> KnownOutlets.withUserFile(file)).isInstanceOf(QuotebenchException.class)
                .hasMessageStartingWith(file + ":2: expected a host name, a tab and the outlet's name");
        // found in review: a bad line stopped every import; now the import goes on with the built-in table, and says so
        List<String> warnings = new java.util.ArrayList<>();
        assertThat(KnownOutlets.withUserFile(file, warnings::add).outletOf("https://bbc.co.uk/x")).contains("BBC News");
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith(file + ":2:").endsWith("The built-in table of outlets was used."));
    }

    @Test
    void aPageThatNamesNoOutletGetsItsAddresssOutlet() throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), "<html><head><title>Ferry crews stay out</title>"
                + "<link rel=canonical href=\"https://www.reuters.com/world/ferry-crews-stay-out\"></head><body><article>"
                + "<p>“We stay out,” union leader Yusuf Demir said on Monday, as talks with the owners stalled again.</p>"
                + "</article></body></html>");
        Path named = Files.writeString(dir.resolve("named.html"), "<html><head><title>Ferry talks</title>"
                + "<meta property=og:site_name content=\"Saltmere Weekly\">"
                + "<link rel=canonical href=\"https://www.reuters.com/x\"></head><body><article>"
                + "<p>“Not tonight,” Renée Okafor said when the talks broke up after midnight on Tuesday.</p>"
                + "</article></body></html>");
        ImportPlan plan = ImportPlan.of(List.of(page, named), KnownOutlets.builtIn());
        ArticleReader reader = new ArticleReader();
        ArticleDraft first = plan.read(reader, plan.sources().get(0));
        assertThat(first.metadata().outlet()).contains("Reuters");
        ArticleDraft second = plan.read(reader, plan.sources().get(1));
        assertThat(second.metadata().outlet()).contains("Saltmere Weekly"); // the page's own name wins
    }
}
