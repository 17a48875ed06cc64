package org.quotebench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/** A light and a dark theme: an AtlantaFX base with Quotebench's own stylesheet (highlights, panes) on top. */
public final class Theme {
    private boolean dark;
    private Scene scene;

    public Theme(boolean dark) {
        this.dark = dark;
    }

    public void apply(Scene target) {
        if (scene == null) {
            // Other windows (Compare, Speakers, dialogs) take the theme's colours as they open.
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(this::mark);
                }
            });
        }
        this.scene = target;
        setBase(dark);
        target.getStylesheets().setAll(stylesheet("quotebench.css"));
        List.copyOf(Window.getWindows()).forEach(this::mark);
        mark(target);
    }

    /** The AtlantaFX base of the light or dark theme, for every window of the application. */
    static void setBase(boolean dark) {
        String base = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!base.equals(Application.getUserAgentStylesheet())) { // set at start already: not again when the scene is styled
            Application.setUserAgentStylesheet(base);
        }
    }

    private void mark(Window window) {
        if (window.getScene() != null) {
            mark(window.getScene());
        }
    }

    private void mark(Scene target) {
        if (target.getRoot() != null) {
            target.getRoot().getStyleClass().remove("dark");
            if (dark) {
                target.getRoot().getStyleClass().add("dark");
            }
        }
    }

    public void toggle() {
        dark = !dark;
        if (scene != null) {
            apply(scene);
        }
    }

    public boolean isDark() {
        return dark;
    }

    private static String stylesheet(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }
}
