package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

/**
 * Hostile and random files fed to the article reader: each is read into an article or refused with
 * Quotebench's own message, in bounded time; nothing else (a stack overflow, a parser's exception)
 * may escape. A generated corpus in plain JUnit, seeded so that a failure can be replayed.
 */
class HostileArticlesTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void handMadeHostileFiles() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("deeply nested HTML", "page.html", () -> "<html><body>" + "<div>".repeat(200_000) + "<p>The quay stays open.</p>"
                + "</div>".repeat(200_000) + "</body></html>"));
        cases.add(new Case("unclosed nesting", "open.html", () -> "<html><body>" + "<span><b><i>".repeat(100_000) + "Words."));
        cases.add(new Case("huge attribute", "attr.html", () -> "<html><body><p title=\"" + "x".repeat(20_000_000) + "\">The quay.</p>"));
        cases.add(new Case("deep JSON-LD", "ld.html", () -> "<html><head><script type=\"application/ld+json\">" + "[".repeat(100_000)
                + "]".repeat(100_000) + "</script></head><body><p>The quay stays open, she said.</p></body></html>"));
        cases.add(new Case("broken JSON-LD", "ld2.html", () -> "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":" + "{".repeat(5000) + "</script></head><body><p>Text.</p></body></html>"));
        cases.add(new Case("a million entities", "ent.html", () -> "<p>" + "&amp;&#x1F600;&#0;&#xD800;&bogus;".repeat(200_000) + "</p>"));
        cases.add(new Case("control characters", "ctl.txt", () -> "Title\n\n" + "\u0001\u0002\u001b[31m\u007f".repeat(1000) + " said."));
        cases.add(new Case("lone surrogates in text", "sur.txt", () -> "Title\n\n\uD800 \uDFFF she said \uDBFF."));
        cases.add(new Case("a million lines", "lines.md", () -> "# Title\n" + "\n".repeat(1_000_000) + "text"));
        cases.add(new Case("one 40 MB line", "long.txt", () -> "word ".repeat(8_000_000)));
        cases.add(new Case("comment bomb", "comment.html", () -> "<!--".repeat(500_000) + "<p>x</p>"));
        cases.add(new Case("script-only page", "script.html", () -> "<script>" + "while(1){}".repeat(100_000) + "</script>"));
        for (Case c : cases) {
            readWithin(c.name, c.fileName, c.content.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomFilesFromNewsFragments() {
        String[] fragments = {"<p>", "</p>", "<div class=\"article\">", "</div>", "<script>", "</script>", "<!--", "-->", "“", "”", "«", "»",
            "\"", "'", " said ", "Peskov", "\n\n", "&amp;", "&#", ";", "<meta property=\"og:title\" content=\"", "\">", "\u0000", "\uFEFF",
            "<title>", "</title>", "<![CDATA[", "]]>", "<svg><foreignObject>", "\r", "\t", "😀", "e\u0301", "<", ">", "=", "date 2026-13-45"};
        Random random = new Random(8);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(400);
            for (int j = 0; j < parts; j++) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(5) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // invalid UTF-8 now and then
            }
            String name = "random-" + i + (random.nextBoolean() ? ".html" : ".txt");
            readWithin("random file " + i + " (seed 8)", name, bytes);
        }
    }

    @Test
    void aOneGigabyteFileIsRefusedBySizeWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(1L << 30); // sparse: takes no disk
        }
        QuotebenchException refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                new ArticleReader().read(huge);
                return null;
            } catch (QuotebenchException e) {
                return e;
            }
        });
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("huge.html").contains("larger than the 50 MB limit");
    }

    private static void readWithin(String name, String fileName, byte[] bytes) {
        Throwable escaped = assertTimeoutPreemptively(BOUND, () -> {
            try {
                new ArticleReader().read(fileName, bytes);
                return null;
            } catch (QuotebenchException expected) {
                assertThat(expected.getMessage()).as(name).doesNotContain("Exception");
                return null;
            } catch (Throwable other) {
                return other;
            }
        }, name);
        if (escaped != null) {
            fail(name + ": " + escaped + " escaped instead of Quotebench's own message", escaped);
        }
    }

    private record Case(String name, String fileName, Supplier<String> content) {
    }
}
