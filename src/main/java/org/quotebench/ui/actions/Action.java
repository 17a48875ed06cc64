package org.quotebench.ui.actions;

import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do: which one (its id gives its name and key), what it does and when it is
 * unavailable. The same action feeds the menu item, the toolbar button, the key handler and the
 * shortcuts sheet.
 */
public record Action(ActionId id, Runnable run, BooleanExpression disabled) {
    public static Action of(ActionId id, Runnable run) {
        return new Action(id, run, new SimpleBooleanProperty(false));
    }

    public Action disabledWhen(BooleanExpression condition) {
        return new Action(id, run, condition);
    }

    public String name() {
        return id.label();
    }

    public Optional<KeyCombination> key() {
        return id.key();
    }

    /** Its key acts only in an article's text (Tab elsewhere still moves the focus). */
    public boolean textOnly() {
        return id.textOnly();
    }

    /** A plain key (no Ctrl/Alt/Meta) must not fire while the user types in a text field. */
    public boolean isPlainKey() {
        return key().map(k -> k.getControl() == KeyCombination.ModifierValue.UP && k.getShortcut() == KeyCombination.ModifierValue.UP
                && k.getAlt() == KeyCombination.ModifierValue.UP && k.getMeta() == KeyCombination.ModifierValue.UP
                && !k.getName().startsWith("F")).orElse(false);
    }

    public void fire() {
        if (!disabled.get()) {
            run.run();
        }
    }

    public String keyText() {
        return key().map(KeyCombination::getDisplayText).orElse("");
    }
}
