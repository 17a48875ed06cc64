package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.WebOrigin;
import org.quotebench.store.Workspace;

/** Issue 23: a bundle carries a fetched page's address, fetch details and versions to a colleague's workspace. */
class BundleWebArticlesTest {
    private static final String URL = "https://saltmere.example/ferry";

    @TempDir
    Path dir;

    private static ArticleDraft fetched(String text, String at) {
        return new ArticleDraft(text, new ArticleMetadata(Optional.of("Crews stay out"), Optional.of("Saltmere Weekly"),
                Optional.empty(), Optional.of(URL), Optional.empty(), Optional.empty()), "UTF-8", URL,
                new WebOrigin(Optional.of(URL + "?amp"), Optional.of(at), OptionalInt.of(200), Optional.empty()));
    }

    @Test
    void aPageAndItsVersionsArriveWithWhereAndWhenTheyCameFrom() {
        List<ExportedArticle> articles;
        try (Workspace ours = Workspace.open(dir.resolve("ours.qb"))) {
            ours.articles().importArticle(fetched("👍🏽 “We stay out,” Yusuf Demir said.\n", "2026-03-04T08:00:00Z"));
            ours.articles().importArticle(fetched("👍🏽 “We stay out until Friday,” Yusuf Demir said.\n", "2026-03-05T08:00:00Z"));
            articles = ours.articles().list().stream().map(a -> new ExportedArticle(ours.articles().get(a.id()), List.of())).toList();
        }
        Path bundle = dir.resolve("ours.qbz");
        Exports.write(ExportFormat.BUNDLE, articles, bundle);
        try (Workspace theirs = Workspace.open(dir.resolve("theirs.qb"))) {
            new AnnotationImport(theirs).run("bundle", bundle, Optional.empty(), Optional.empty(), path -> { });
            List<ArticleInfo> got = theirs.articles().list();
            assertThat(got).hasSize(2);
            assertThat(got).extracting(a -> a.versions().version()).containsExactly(1, 2);
            assertThat(got.get(0).versions().changedSince()).isTrue();
            assertThat(got.get(0).origin().fetchedAt()).contains("2026-03-04T08:00:00Z");
            assertThat(got.get(1).origin().canonicalUrl()).contains(URL + "?amp");
            assertThat(got.get(1).origin().httpStatus()).hasValue(200);
            assertThat(got).extracting(ArticleInfo::uuid).containsExactlyElementsOf(articles.stream().map(a -> a.article().info().uuid())
                    .toList());
        }
    }
}
