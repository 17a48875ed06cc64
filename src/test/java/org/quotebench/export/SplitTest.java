package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuotebenchException;

class SplitTest {
    private static List<ExportedArticle> articles(int n) {
        List<ExportedArticle> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Article " + i), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
            ArticleInfo info = new ArticleInfo(i + 1, String.format("uuid-%03d", i), meta, "UTF-8", "a" + i + ".txt", 10, "sha" + i,
                    "2026-03-02T10:00:00Z", 0);
            articles.add(new ExportedArticle(new Article(info, "Some text."), List.of()));
        }
        return articles;
    }

    @Test
    void everyArticleGoesToExactlyOnePartInTheGivenShares() {
        List<ExportedArticle> all = articles(50);
        List<List<ExportedArticle>> parts = Split.parse("80/10/10", 7).apply(all);
        assertThat(parts.stream().map(List::size)).containsExactly(40, 5, 5);
        assertThat(parts.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theSameSeedGivesTheSameSplitWhateverTheOrderAndAnotherSeedAnother() {
        List<ExportedArticle> all = articles(30);
        List<ExportedArticle> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(Split.parse("70/15/15", 3).apply(all)).isEqualTo(Split.parse("70/15/15", 3).apply(reversed));
        assertThat(Split.parse("70/15/15", 4).apply(all).get(0)).isNotEqualTo(Split.parse("70/15/15", 3).apply(all).get(0));
    }

    @Test
    void badSharesAreRefusedClearly() {
        for (String bad : Stream.of("80/10", "80/10/20", "a/b/c", "-10/60/50").toList()) {
            assertThatThrownBy(() -> Split.parse(bad, 1)).isInstanceOf(QuotebenchException.class).hasMessageContaining("80/10/10");
        }
    }
}
