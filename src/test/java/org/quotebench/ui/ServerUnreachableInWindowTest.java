package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.store.PostgresServer;
import org.quotebench.store.Workspace;
import org.quotebench.store.WorkspaceAddress;
import org.quotebench.ui.jobs.Background;

/**
 * Issue 25: the server of an open shared library stops answering (here: its library refuses every
 * connection and the window's session is ended, as a restart does), on a real PostgreSQL server. The
 * window's once-a-second look says so in the status bar's state and keeps looking; when the server
 * answers again the window connects again, says so, and shows what was changed meanwhile. Without a
 * window: the workspace thread is the test's, which makes the looks itself.
 */
class ServerUnreachableInWindowTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void theWindowSaysTheServerIsDownAndShowsWhatChangedWhenItIsBack() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        String address = server.address(PostgresServer.SUPERUSER, database);
        try (Workspace ws = Workspace.open(address)) {
            ws.articles().importArticle(article("Bridge vote"));
        }
        List<Throwable> shown = new ArrayList<>();
        List<String> said = new ArrayList<>();
        WorkspaceSession session = new WorkspaceSession(new Background(shown::add, Runnable::run, Runnable::run));
        session.openServer(WorkspaceAddress.parse(address), Optional.empty(), () -> { }, shown::add);
        OtherPrograms others = new OtherPrograms(session, List::of, said::add);
        others.look();
        assertThat(session.unreachableProperty().get()).isFalse();
        assertThat(session.articles()).hasSize(1);

        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
        others.look();
        assertThat(session.unreachableProperty().get()).as("the window says the server does not answer").isTrue();
        others.look();
        assertThat(session.unreachableProperty().get()).isTrue();
        assertThat(shown).as("no error box for each look").isEmpty();

        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        try (Workspace someoneElse = Workspace.open(address)) {
            someoneElse.articles().importArticle(article("Ferry strike")); // while the window was cut off
        }
        others.look();
        assertThat(session.unreachableProperty().get()).isFalse();
        assertThat(said).singleElement().satisfies(words -> assertThat(words).contains("answers again"));
        assertThat(session.articles()).extracting(a -> a.metadata().title().orElse("")).contains("Bridge vote", "Ferry strike");

        // cut off again, then another workspace opened: what was said of the server is not said of it
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
        others.look();
        assertThat(session.unreachableProperty().get()).isTrue();
        session.open(dir.resolve("mine.qb"), () -> { }, shown::add);
        assertThat(session.unreachableProperty().get()).isFalse();
        others.look();
        assertThat(said).as("nothing said of the file").hasSize(1);
        session.close();
    }

    private static ArticleDraft article(String title) {
        return new ArticleDraft("🌉 " + title + ": café\u0301 owners said “we were not asked.”", new ArticleMetadata(Optional.of(title),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("en")), "UTF-8", title + ".txt");
    }
}
