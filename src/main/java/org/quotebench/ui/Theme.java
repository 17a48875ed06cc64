package org.quotebench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** A light and a dark theme: an AtlantaFX base with Quotebench's own stylesheet (highlights, panes) on top. */
public final class Theme {
    private boolean dark;
    private Scene scene;

    public Theme(boolean dark) {
        this.dark = dark;
    }

    public void apply(Scene target) {
        this.scene = target;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        target.getStylesheets().setAll(stylesheet("quotebench.css"));
        target.getRoot().getStyleClass().remove("dark");
        if (dark) {
            target.getRoot().getStyleClass().add("dark");
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
