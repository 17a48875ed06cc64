package org.quotebench.ui.shared;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.quotebench.store.WorkspaceAddress;

/**
 * The password for a shared library when the server wants one and ~/.pgpass or PGPASSWORD gave none
 * (issue 25): used for this connection and forgotten, never written to the settings.
 */
public final class PasswordDialog {
    private PasswordDialog() {
    }

    /** The password typed, or empty when cancelled; {@code again} says the last one was refused. */
    public static Optional<char[]> ask(Window owner, WorkspaceAddress address, boolean again) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password");
        dialog.setHeaderText((again ? "The server refused that password.\n" : "") + "Password for " + address.user() + " on "
                + address.host() + " (library " + address.database() + ")");
        PasswordField field = new PasswordField();
        field.setId("shared-password");
        Label hint = new Label("Used to connect and then forgotten. To avoid typing it, put it in ~/.pgpass.");
        hint.getStyleClass().add("library-details");
        dialog.getDialogPane().setContent(new VBox(8, field, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Connect");
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> org.quotebench.ui.jobs.Jobs.onFx(field::requestFocus));
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }
}
