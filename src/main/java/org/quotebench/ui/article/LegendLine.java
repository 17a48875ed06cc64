package org.quotebench.ui.article;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One line of the speaker legend (a swatch, a name, a count), kept and changed in place as the legend changes. */
final class LegendLine {
    private final Region swatch = new Region();
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox box = new HBox(8, swatch, name, count);
    private String colourClass;
    private Tooltip tip;

    LegendLine() {
        swatch.getStyleClass().add("legend-swatch");
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        count.getStyleClass().add("legend-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    HBox box() {
        return box;
    }

    /**
     * Shows {@code line} (colour class or null for none, name, count), with {@code tooltip} on it (or none);
     * only what differs from what it shows is touched.
     */
    void show(String[] line, Tooltip tooltip) {
        String wantedClass = line[0];
        if (!java.util.Objects.equals(wantedClass, colourClass)) {
            if (colourClass != null) {
                swatch.getStyleClass().remove(colourClass);
            }
            if (wantedClass != null) {
                swatch.getStyleClass().add(wantedClass);
            }
            colourClass = wantedClass;
        }
        swatch.setVisible(wantedClass != null); // "+N more" lines up with the names
        name.setText(line[1]);
        count.setText(line[2]);
        if (tooltip != tip) {
            if (tip != null) {
                Tooltip.uninstall(box, tip);
            }
            if (tooltip != null) {
                Tooltip.install(box, tooltip);
            }
            tip = tooltip;
        }
    }
}
