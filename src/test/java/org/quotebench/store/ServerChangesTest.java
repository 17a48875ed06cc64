package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 25: a library on a real PostgreSQL server tells each open workspace what others committed
 * (LISTEN/NOTIFY), and not its own changes, as SQLite's data_version does for a file; the window's
 * once-a-second look ({@code OtherPrograms}) reads it.
 */
class ServerChangesTest {
    @Test
    void othersCommitsChangeTheVersionAndOwnChangesDoNot() {
        PostgresServer server = PostgresServer.shared();
        String library = server.address(PostgresServer.SUPERUSER, server.newDatabase());
        try (Workspace mine = Workspace.open(library); Workspace theirs = Workspace.open(library)) {
            long before = mine.dataVersion();
            mine.articles().importArticle(Drafts.article("Mine", "My own words 🌉 café\u0301."));
            assertThat(mine.dataVersion()).isEqualTo(before);

            theirs.articles().importArticle(Drafts.article("Theirs", "Their words about the harbour."));
            long after = before;
            for (int look = 0; look < 1000 && after == before; look++) {
                after = mine.dataVersion(); // each look is a round trip that brings in what was notified
            }
            assertThat(after).isGreaterThan(before);
            assertThat(mine.articles().count()).isEqualTo(2);
            long settled = mine.dataVersion();
            assertThat(mine.dataVersion()).isEqualTo(settled); // nothing new: the same number
        }
    }
}
