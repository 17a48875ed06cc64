package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;

class HtmlArticleTest {
    private final ArticleReader reader = new ArticleReader();

    private ArticleDraft read(String name, String html) {
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlArticleTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void newsPageBecomesParagraphsWithoutClutter() throws IOException {
        ArticleDraft draft = reader.read("news-page.html", resource("news-page.html"));
        assertThat(draft.text()).isEqualTo("""
                Harbour bridge vote delayed again

                By Mira Okafor

                The council postponed the vote on the harbour bridge on Thursday.

                “We need more time,” said councillor Jonas Beck.
                He did not give a date.

                The bridge will be built, one way or another.

                First reading: May

                Second reading: June

                Fish & chips — and «guillemets» kept\u00a0as\u00a0written.

                Photo: Ida Berg""");
        assertThat(draft.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void newsPageMetadata() throws IOException {
        ArticleMetadata metadata = reader.read("news-page.html", resource("news-page.html")).metadata();
        assertThat(metadata.title()).contains("Harbour bridge vote delayed again");
        assertThat(metadata.outlet()).contains("The Lakeside Courier");
        assertThat(metadata.author()).contains("Mira Okafor");
        // The date as the outlet printed it, not converted to another time zone.
        assertThat(metadata.publishedOn()).contains("2031-04-17");
        assertThat(metadata.url()).contains("https://courier.example/news/harbour-bridge-vote");
        assertThat(metadata.language()).contains("en-GB");
    }

    @Test
    void jsonLdGraphWithReferencesAndSeveralAuthors() {
        String page = """
                <html><head><title>Fallback title</title>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "#org", "name": "Valley Gazette"},
                  {"@type": "WebPage", "@id": "https://gazette.example/a", "url": "https://gazette.example/a"},
                  {"@type": ["NewsArticle", "ReportageNewsArticle"], "headline": "Dam &amp; lock reopen",
                   "datePublished": "2030-11-02T06:00:00Z", "publisher": {"@id": "#org"},
                   "mainEntityOfPage": {"@id": "https://gazette.example/a"},
                   "author": [{"@type": "Person", "name": "Ana Pereira"}, {"@type": "Person", "name": "Tom Hale"}],
                   "inLanguage": "pt-PT"}
                ]}
                </script></head><body><p>The dam and the lock reopened.</p></body></html>""";
        ArticleMetadata metadata = read("dam.html", page).metadata();
        assertThat(metadata.title()).contains("Dam & lock reopen");
        assertThat(metadata.outlet()).contains("Valley Gazette");
        assertThat(metadata.author()).contains("Ana Pereira, Tom Hale");
        assertThat(metadata.publishedOn()).contains("2030-11-02");
        assertThat(metadata.url()).contains("https://gazette.example/a");
        assertThat(metadata.language()).contains("pt-PT");
    }

    @Test
    void jsonLdArrayAndTextAuthor() {
        String page = """
                <html><head>
                <script type="application/ld+json">[{"@type": "BreadcrumbList"},
                  {"@type": "http://schema.org/Article", "headline": "Orchard harvest", "author": "Lea Novak",
                   "url": "https://orchard.example/harvest", "publisher": {"@type": "Organization", "name": "Orchard Weekly"},
                   "datePublished": "2029-09-30"}]</script>
                </head><body><p>Apples everywhere.</p></body></html>""";
        ArticleMetadata metadata = read("apples.html", page).metadata();
        assertThat(metadata.title()).contains("Orchard harvest");
        assertThat(metadata.author()).contains("Lea Novak");
        assertThat(metadata.outlet()).contains("Orchard Weekly");
        assertThat(metadata.url()).contains("https://orchard.example/harvest");
        assertThat(metadata.publishedOn()).contains("2029-09-30");
    }

    @Test
    void malformedJsonLdIsIgnored() {
        String page = """
                <html><head><title>Still imported</title>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken" </script>
                <script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[</script>
                <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Sam Ortiz"}, }</script>
                </head><body><p>Text survives bad data.</p></body></html>""";
        ArticleDraft draft = read("bad.html", page);
        assertThat(draft.text()).isEqualTo("Text survives bad data.");
        assertThat(draft.metadata().title()).contains("Still imported");
        // Trailing commas are tolerated, as they are common on the web.
        assertThat(draft.metadata().author()).contains("Sam Ortiz");
    }

    @Test
    void deeplyNestedJsonLdIsRefusedByTheParserNotByTheImport() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        String page = "<html><head><script type=\"application/ld+json\">" + nested + "</script></head>"
                + "<body><p>Deep data.</p></body></html>";
        assertThat(read("deep.html", page).text()).isEqualTo("Deep data.");
    }

    @Test
    void titleFallsBackToTitleElementThenFileName() {
        assertThat(read("a.html", "<html><head><title> Quiet\n day </title></head><body><p>Nothing.</p></body></html>")
                .metadata().title()).contains("Quiet day");
        assertThat(read("no-title.html", "<html><body><p>Nothing.</p></body></html>").metadata().title())
                .contains("no-title");
    }

    @Test
    void urlFallsBackToOgUrl() {
        String page = "<html><head><meta property=\"og:url\" content=\"https://x.example/og\"></head><body><p>T.</p></body></html>";
        assertThat(read("u.html", page).metadata().url()).contains("https://x.example/og");
    }

    @Test
    void dateFromMetaNameOrTimeElement() {
        assertThat(read("d.html", "<html><head><meta name=\"date\" content=\"2028/2/9\"></head><body><p>T.</p></body></html>")
                .metadata().publishedOn()).contains("2028-02-09");
        assertThat(read("t.html", "<html><body><article><time datetime=\"2027-07-04T10:00\">4 July</time><p>T.</p></article></body></html>")
                .metadata().publishedOn()).contains("2027-07-04");
    }

    @Test
    void datesAreNormalised() {
        assertThat(PublishedDate.normalise("2031-04-17T23:45:00-05:00")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("2031-04-17")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("20310417")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("2031.4.7")).contains("2031-04-07");
        assertThat(PublishedDate.normalise("Thu, 17 Apr 2031 10:00:00 GMT")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("April 17, 2031")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("17 April 2031")).contains("2031-04-17");
        assertThat(PublishedDate.normalise("2031-02-30")).isEmpty();
        assertThat(PublishedDate.normalise("yesterday")).isEmpty();
    }

    @Test
    void bodyRootIsTheLargestArticle() {
        String page = "<html><body><article><p>Teaser.</p></article><div><p>Outside text that is not the story.</p></div>"
                + "<article><h2>Main story</h2><p>The long main story text goes here.</p></article></body></html>";
        assertThat(read("r.html", page).text()).isEqualTo("Main story\n\nThe long main story text goes here.");
    }

    @Test
    void bodyRootFallsBackToArticleBodyThenMainThenMostParagraphs() {
        assertThat(read("a.html", "<html><body><div>Menu text</div><div itemprop=\"articleBody\"><p>Body one.</p></div></body></html>")
                .text()).isEqualTo("Body one.");
        assertThat(read("b.html", "<html><body><div>Menu text</div><main><p>Main one.</p></main></body></html>")
                .text()).isEqualTo("Main one.");
        assertThat(read("c.html", "<html><body><div><p>Short.</p></div><div class=\"x\"><p>First of two.</p><p>Second of two.</p></div></body></html>")
                .text()).isEqualTo("First of two.\n\nSecond of two.");
        assertThat(read("d.html", "<html><body>Loose text<br>on two lines</body></html>").text())
                .isEqualTo("Loose text\non two lines");
    }

    @Test
    void divsWithDirectTextBecomeParagraphs() {
        String page = "<html><body><main><div>First <b>bold</b>  part<div>Inner block</div>tail text</div>"
                + "<pre>  keep   this\n    spacing</pre><table><tr><td>cell one</td><td>cell two</td></tr></table></main></body></html>";
        assertThat(read("p.html", page).text())
                .isEqualTo("First bold part\n\nInner block\n\ntail text\n\n  keep   this\n    spacing\n\ncell one cell two");
    }

    @Test
    void clutterWrappersHoldingTheStoryAreKept() {
        String page = "<html><body><div class=\"page sidebar-layout\"><p>The whole story is inside a wrapper"
                + " whose class mentions a sidebar.</p><div class=\"sidebar\">Small box</div></div></body></html>";
        assertThat(read("w.html", page).text()).isEqualTo("The whole story is inside a wrapper whose class mentions a sidebar.");
    }

    @Test
    void pageWrappedInOneFormKeepsItsStory() {
        String page = "<html><body><form id=\"aspnetForm\"><article><p>One.</p><p>Two.</p><p>Three.</p></article></form></body></html>";
        assertThat(read("f.html", page).text()).isEqualTo("One.\n\nTwo.\n\nThree.");
    }

    @Test
    void commentaryIsNotMistakenForComments() {
        String page = "<html><body><article class=\"commentary opinion\"><p>An opinion piece.</p></article></body></html>";
        assertThat(read("c.html", page).text()).isEqualTo("An opinion piece.");
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        String page = "<html><body>" + "<div>".repeat(20_000) + "<p>Deep text.</p>" + "</div>".repeat(20_000) + "</body></html>";
        assertThat(read("deep.html", page).text()).isEqualTo("Deep text.");
    }

    @Test
    void aNulCharacterReferenceBecomesAReplacementCharacterNotANul() {
        ArticleDraft draft = read("nul.html", "<html><body><p>Before&#0;after.</p></body></html>");
        assertThat(draft.text()).isEqualTo("Before\uFFFDafter.").doesNotContain("\0");
    }
}
