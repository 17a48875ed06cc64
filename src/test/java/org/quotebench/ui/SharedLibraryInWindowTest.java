package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.PostgresServer;
import org.quotebench.store.ServerSetup;
import org.quotebench.store.Workspace;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.settings.SettingsFile;

/**
 * Issue 25 in the real window, against a real PostgreSQL server: File > Open shared library… with the
 * server, library and user; the server wants a password ~/.pgpass does not give, so the window asks,
 * says when it is refused, and opens the library with the right one; the status bar names the library;
 * an article another person adds appears in the library by itself; the settings keep the address and
 * never the password.
 */
class SharedLibraryInWindowTest extends WindowTest {
    private static final String PASSWORD = "tide-gates-7";

    private static org.quotebench.core.ArticleMetadata metadata(String title) {
        return new org.quotebench.core.ArticleMetadata(java.util.Optional.of(title), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("en"));
    }

    @Test
    void aLibraryOnAServerOpensWithAPasswordAndShowsOthersChanges() throws Exception {
        PostgresServer server = PostgresServer.shared();
        Assumptions.assumeTrue(server.asksPasswords(), "a server these tests started (with a role that must give a password)");
        String database = server.newDatabase();
        String ana = database + "_ana";
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute(ServerSetup.roles(database));
            s.execute("CREATE ROLE " + ana + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE " + ServerSetup.editors(database) + ", "
                    + PostgresServer.PASSWORD_REQUIRED);
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute(ServerSetup.schemaAndGrants(database));
        }
        String owner = server.address(PostgresServer.SUPERUSER, database);
        try (Workspace someone = Workspace.open(owner)) {
            someone.articles().importArticle(new org.quotebench.core.ArticleDraft("🌉 The council voted for the bridge, café\u0301 owners said.",
                    metadata("Bridge vote"), "UTF-8", "bridge.txt"));
        }

        start("--workspace=" + dir.resolve("mine.qb"));
        ListView<ArticleInfo> library = robot.lookup("#library-list").queryListView();
        Platform.runLater(() -> commands().actions().get(ActionId.OPEN_SHARED).fire());
        waitUntil(() -> robot.lookup("#shared-host").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextField) robot.lookup("#shared-host").query()).setText(server.host());
            ((TextField) robot.lookup("#shared-port").query()).setText(Integer.toString(server.port()));
            ((TextField) robot.lookup("#shared-database").query()).setText(database);
            ((TextField) robot.lookup("#shared-user").query()).setText(ana);
        });
        assertThat(((Label) robot.lookup("#shared-address").query()).getText()).contains("postgresql://" + ana + "@");
        robot.clickOn("Open");

        waitUntil(() -> robot.lookup("#shared-password").tryQuery().isPresent());
        robot.interact(() -> ((PasswordField) robot.lookup("#shared-password").query()).setText("wrong"));
        robot.clickOn("Connect");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((javafx.scene.control.DialogPane) n).getHeaderText().startsWith("The server refused that password.")));
        robot.interact(() -> ((PasswordField) robot.lookup("#shared-password").query()).setText(PASSWORD));
        robot.clickOn("Connect");

        waitUntil(() -> library.getItems().size() == 1);
        Label status = robot.lookup("#workspace-file").query();
        waitUntil(() -> status.getText().startsWith("Shared library: postgresql://" + ana + "@"));

        try (Workspace someone = Workspace.open(owner)) {
            assertThat(someone.articles().importArticle(new org.quotebench.core.ArticleDraft("The ferry crews walked out at dawn.",
                    metadata("Ferry strike"), "UTF-8", "ferry.txt")))
                    .isInstanceOf(ImportOutcome.Imported.class);
        }
        waitUntil(() -> library.getItems().size() == 2); // the window's once-a-second look, no click

        robot.interact(() -> app().stop());
        Path settings = SettingsFile.forUser().path();
        if (Files.exists(settings)) {
            String saved = Files.readString(settings);
            assertThat(saved).contains("postgresql://" + ana + "@").doesNotContain(PASSWORD).doesNotContain("wrong");
        }
    }
}
