package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.quotebench.ui.actions.Action;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.settings.SettingsFile;

/** Issue 20, small things: in the dark theme the shortcuts sheet (F1) was light grey text on white. */
class ShortcutsSheetThemeTest extends WindowTest {
    @Test
    void theShortcutsSheetIsDarkInTheDarkTheme() throws Exception {
        Settings dark = new Settings();
        dark.dark = true;
        assertThat(SettingsFile.forUser().save(dark)).isTrue();
        Workbench workbench = workbench(start("--workspace=" + dir.resolve("sheet.qb")));
        Action sheet = commands().actions().get(org.quotebench.ui.actions.ActionId.SHORTCUTS);
        robot.interact(sheet::fire);
        waitUntil(() -> robot.lookup(".shortcuts-sheet").tryQuery().isPresent());
        GridPane grid = robot.lookup(".shortcuts-sheet").queryAs(GridPane.class);
        waitUntil(() -> grid.getBackground() != null && !grid.getBackground().getFills().isEmpty());
        Color background = (Color) grid.getBackground().getFills().get(0).getFill();
        assertThat(background.getBrightness()).as("the sheet's background in the dark theme").isLessThan(0.3);
    }
}
