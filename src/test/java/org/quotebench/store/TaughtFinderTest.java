package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.TaughtFinder;
import org.quotebench.core.Verdict;

/** Issue 21: what a workspace teaches the finder is kept in it, and learned from its confirmed quotes only. */
class TaughtFinderTest {
    // Fictional; an emoji and a combining accent before the quotes so that indices and code points differ.
    static final String TEXT = "Ferry 🚢 talks in Se\u0300te\n\n“We are not going back,” said Yusuf Demir. “Nor are we,” said the captain."
            + " “Maybe later,” someone said.";

    @TempDir
    Path dir;

    @Test
    void keepsReplacesAndForgetsOneTeaching() {
        try (Workspace workspace = Workspace.open(dir.resolve("t.qb"))) {
            assertThat(workspace.taughtFinder().read()).isEmpty();
            workspace.taughtFinder().keep("features 1\n7 0.5\n", 3, 1);
            TaughtFinder second = workspace.taughtFinder().keep("features 1\n8 -2\n", 5, 2);
            assertThat(workspace.taughtFinder().read()).contains(second);
            assertThat(second.changes()).contains("8 -2");
            assertThat(workspace.taughtFinder().forget()).isTrue();
            assertThat(workspace.taughtFinder().read()).isEmpty();
            assertThat(workspace.taughtFinder().forget()).isFalse();
        }
    }

    @Test
    void aFormatTwoWorkspaceIsMigratedWithABackupAndCanBeTaught() throws Exception {
        Path file = dir.resolve("old.qb");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrations(Migrations.SCRIPTS.subList(0, 2)).migrate(connection, file, 0);
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.migrationBackup()).isPresent();
            assertThat(workspace.taughtFinder().read()).isEmpty();
            workspace.taughtFinder().keep("features 1\n", 0, 0);
            assertThat(workspace.taughtFinder().read()).isPresent();
        }
    }

    @Test
    void onlyAcceptedQuotesWithASpeakerAreConfirmedWithTheSpeakersNames() {
        try (Workspace workspace = Workspace.open(dir.resolve("c.qb"))) {
            long article = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Ferry", TEXT))).article().id();
            long demir = workspace.speakers().findOrCreate("Yusuf Demir").id();
            workspace.speakers().addAlias(demir, "Demir");
            long captain = workspace.speakers().findOrCreate("Ferry captain").id();
            Span first = span("“We are not going back,”");
            Span mention = span("Yusuf Demir");
            add(workspace, article, first, QuoteStatus.ACCEPTED, Optional.of(demir), Optional.of(mention));
            add(workspace, article, span("“Nor are we,”"), QuoteStatus.SUGGESTED, Optional.of(captain), Optional.empty());
            add(workspace, article, span("“Maybe later,”"), QuoteStatus.ACCEPTED, Optional.empty(), Optional.empty());

            List<ConfirmedArticle> confirmed = workspace.confirmedQuotes().byArticle();

            assertThat(confirmed).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo(TEXT);
                assertThat(a.quotes()).singleElement().satisfies(q -> {
                    assertThat(q.quote()).isEqualTo(first);
                    assertThat(q.mention()).contains(mention);
                    assertThat(q.speakerNames()).containsExactly("Yusuf Demir", "Demir");
                });
            });
        }
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static void add(Workspace workspace, long article, Span span, QuoteStatus status, Optional<Long> speaker,
            Optional<Span> mention) {
        workspace.quotes().add(new QuoteDraft(article, span, QuoteKind.DIRECT, status, Verdict.UNCHECKED, Optional.empty(), speaker,
                mention, Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    }
}
