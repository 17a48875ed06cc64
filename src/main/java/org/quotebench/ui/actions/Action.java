package org.quotebench.ui.actions;

import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do: its name, its shortcut and when it is unavailable. The same action
 * feeds the menu item, the toolbar button, the key handler and the shortcuts sheet.
 */
public record Action(String name, Optional<KeyCombination> key, Runnable run, BooleanExpression disabled, boolean textOnly) {
    public static Action of(String name, String key, Runnable run) {
        return new Action(name, Optional.ofNullable(key).map(KeyCombination::keyCombination), run, new SimpleBooleanProperty(false),
                false);
    }

    public Action disabledWhen(BooleanExpression condition) {
        return new Action(name, key, run, condition, textOnly);
    }

    /** Its key acts only in an article's text (Tab elsewhere still moves the focus). */
    public Action inArticleText() {
        return new Action(name, key, run, disabled, true);
    }

    /** A plain key (no Ctrl/Alt/Meta) must not fire while the user types in a text field. */
    public boolean isPlainKey() {
        return key.isPresent() && key.get().getControl() == KeyCombination.ModifierValue.UP
                && key.get().getShortcut() == KeyCombination.ModifierValue.UP
                && key.get().getAlt() == KeyCombination.ModifierValue.UP && key.get().getMeta() == KeyCombination.ModifierValue.UP
                && !key.get().getName().startsWith("F");
    }

    public void fire() {
        if (!disabled.get()) {
            run.run();
        }
    }

    public String keyText() {
        return key.map(KeyCombination::getDisplayText).orElse("");
    }
}
