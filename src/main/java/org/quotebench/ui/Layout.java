package org.quotebench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.quotebench.ui.article.PaneModel;
import org.quotebench.ui.settings.Settings;
import org.quotebench.ui.settings.SettingsFile;

/** Saves the window's layout (place, size, theme, open articles per pane) and brings it back on the next start. */
final class Layout {
    private final Stage stage;
    private final Workbench workbench;
    private final Theme theme;
    private final Settings settings;
    private final SettingsFile file;

    Layout(Stage stage, Workbench workbench, Theme theme, Settings settings, SettingsFile file) {
        this.stage = stage;
        this.workbench = workbench;
        this.theme = theme;
        this.settings = settings;
        this.file = file;
        workbench.model().quotesTableShownProperty().set(settings.quotesTableShown);
        workbench.model().colourByVerdictProperty().set(settings.colourByVerdict);
        workbench.session().locationProperty().addListener((obs, old, opened) -> {
            if (opened != null && opened.toString().equals(settings.openWorkspace)) {
                reopenArticles();
            }
        });
    }

    /** Opens the articles that were open when this workspace was last closed, each in its own pane. */
    private void reopenArticles() {
        List<Long> ids = List.copyOf(settings.openArticles);
        int focus = settings.focusedPane;
        WorkbenchModel model = workbench.model();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (i > 0) {
                model.addPane();
            }
            PaneModel pane = model.panes().get(i);
            workbench.session().articles().stream().filter(a -> a.id() == id).findFirst()
                    .ifPresent(article -> model.openIn(pane, article, java.util.Optional.empty()));
        }
        List<PaneModel> panes = model.panes();
        if (focus >= 0 && focus < panes.size()) {
            model.focus(panes.get(focus));
        }
    }

    void save() {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.x = stage.getX();
            settings.y = stage.getY();
            settings.width = stage.getScene().getWidth();
            settings.height = stage.getScene().getHeight();
        }
        settings.dark = theme.isDark();
        settings.quotesTableShown = workbench.model().quotesTableShownProperty().get();
        settings.colourByVerdict = workbench.model().colourByVerdictProperty().get();
        settings.openWorkspace = workbench.session().locationProperty().get(); // a file's path or a server address, never a password
        List<Long> open = new ArrayList<>();
        for (PaneModel pane : workbench.model().panes()) {
            open.add(pane.article().map(a -> a.id()).orElse(0L));
        }
        settings.openArticles = open;
        settings.focusedPane = workbench.model().panes().indexOf(workbench.model().focusedPane());
        file.save(settings);
    }
}
