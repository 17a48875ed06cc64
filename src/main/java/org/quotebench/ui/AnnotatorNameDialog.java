package org.quotebench.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Quote > Your annotator name…: the name the quotes marked in this window are recorded under, so that
 * two people's quotes stay apart (Compare annotators, agree, each annotator's files in an export) and
 * a bundle merge does not take one's quote for the other's. Blank for none.
 */
final class AnnotatorNameDialog {
    private AnnotatorNameDialog() {
    }

    /**
     * The menu's action: asks, then keeps the name in {@code name} (what the window marks under) and in
     * the settings (the next start's), and says so. {@code name} starts as the settings have it.
     */
    static org.quotebench.ui.actions.Action action(javafx.beans.property.StringProperty name,
            org.quotebench.ui.settings.Settings settings, java.util.function.Consumer<String> tell,
            java.util.function.Supplier<Window> window) {
        name.set(settings.annotator == null ? "" : settings.annotator);
        return org.quotebench.ui.actions.Action.of(org.quotebench.ui.actions.ActionId.ANNOTATOR_NAME, () ->
                ask(window.get(), name.get()).ifPresent(given -> {
                    name.set(given);
                    settings.annotator = given.isEmpty() ? null : given;
                    tell.accept(given.isEmpty() ? "Quotes you mark are recorded under no name." : "Quotes you mark are recorded as " + given + ".");
                }));
    }

    /** The name given (stripped, "" for none), or empty when cancelled. */
    static Optional<String> ask(Window owner, String current) {
        TextInputDialog ask = new TextInputDialog(current);
        ask.setTitle("Your annotator name");
        ask.setHeaderText("Quotes you mark in this window are recorded under this name.\n"
                + "Leave it blank for none (on a shared library, your login is used then).");
        ask.setContentText("Name:");
        ask.getEditor().setId("annotator-name");
        ask.getEditor().setPromptText("e.g. ana");
        ask.getEditor().setPrefColumnCount(24);
        ask.initOwner(owner);
        return ask.showAndWait().map(String::strip);
    }
}
