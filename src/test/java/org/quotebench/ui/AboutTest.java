package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Version;
import org.quotebench.ui.actions.Action;

/** Help > About shows the version and build date the build wrote, as --version does. */
class AboutTest extends WindowTest {
    @Test
    void aboutShowsVersionAndBuildDate() throws Exception {
        Workbench workbench = workbench(start("--workspace=" + dir.resolve("about.qb")));
        Action about = commands().actions().get(org.quotebench.ui.actions.ActionId.ABOUT);
        robot.interact(about.run());
        waitUntil(() -> robot.lookup("#about").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#about").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("Version " + Version.version()).contains("built " + Version.buildDate());
        assertThat(Version.version()).isNotEqualTo("unknown");
        assertThat(Version.buildDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
