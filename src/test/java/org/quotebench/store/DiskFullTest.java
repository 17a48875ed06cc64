package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * A write that runs out of space fails with a clear message and leaves the workspace as it was.
 * The disk is "full" because SQLite is told the file may not grow (max_page_count), which gives
 * the same error (SQLITE_FULL) a full disk does; the README says how it was tried on a small tmpfs.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskRefusesTheChangeAndKeepsEverything() {
        Path file = dir.resolve("news.qb");
        long article;
        try (Workspace ws = Workspace.open(file)) {
            article = ((ImportOutcome.Imported) ws.articles().importArticle(Drafts.article("Quay", "The quay stays open, the harbour "
                    + "master said."))).article().id();
        }
        try (Workspace ws = Workspace.open(file, config -> config.setMaxPageCount(pages(file) + 1))) {
            String big = "The ferry crews stayed ashore for a third day, the union said. ".repeat(20_000);
            assertThatThrownBy(() -> ws.articles().importArticle(Drafts.article("Strike", big)))
                    .isInstanceOf(QuotebenchException.class).hasMessageContaining("news.qb").hasMessageContaining("the disk is full")
                    .hasMessageContaining("nothing was changed");
            // A change of several parts (a quote with a new speaker) leaves no part behind.
            assertThatThrownBy(() -> ws.change("Marking", () -> {
                long speaker = ws.speakers().findOrCreate("Harbour master " + "x".repeat(3000)).id();
                for (int i = 0; i < 2000; i++) {
                    ws.quotes().add(new QuoteDraft(article, new Span(0, 9), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                            Optional.of("n".repeat(500)), Optional.of(speaker), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                            Optional.empty()));
                }
                return null;
            })).hasMessageContaining("the disk is full");
            assertThat(ws.articles().list()).hasSize(1);
            assertThat(ws.speakers().list()).isEmpty();
            assertThat(ws.quotes().count()).isZero();
            // Once there is room again, work goes on.
            ws.speakers().findOrCreate("Tom Hale");
        }
        assertThat(Check.run(file).ok()).isTrue();
    }

    private static int pages(Path file) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = connection.createStatement().executeQuery("PRAGMA page_count")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
