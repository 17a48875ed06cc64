package org.quotebench.ui.shared;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.quotebench.store.WorkspaceAddress;

/**
 * File > Open shared library… (issue 25): the server, port, library (database) and user of a shared
 * library on a PostgreSQL server; the address they make is shown as the command line writes it, and
 * Open is refused, with the reason under the fields, until they make one. No password here: it comes
 * from ~/.pgpass or PGPASSWORD, or is asked for when the server wants one ({@link PasswordDialog}).
 */
public final class SharedLibraryDialog {
    private SharedLibraryDialog() {
    }

    /** The address, or empty when cancelled; {@code last} fills the fields (the last library opened, if any). */
    public static Optional<WorkspaceAddress> ask(Window owner, Optional<WorkspaceAddress> last) {
        Dialog<WorkspaceAddress> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open a shared library");
        dialog.setHeaderText("A library a team shares on a PostgreSQL server.\n"
                + "The password comes from ~/.pgpass or PGPASSWORD, or is asked for; it is never kept.");
        TextField host = field("shared-host", last.map(WorkspaceAddress::host).orElse(""), "db.newsroom.example");
        TextField port = field("shared-port", last.map(a -> Integer.toString(a.port())).orElse("5432"), "5432");
        TextField database = field("shared-database", last.map(WorkspaceAddress::database).orElse(""), "factcheck");
        TextField user = field("shared-user", last.map(WorkspaceAddress::user).orElse(System.getProperty("user.name")), "ana");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("Server", host), host);
        grid.addRow(1, label("Port", port), port);
        grid.addRow(2, label("Library", database), database);
        grid.addRow(3, label("User", user), user);
        Label address = new Label();
        address.setId("shared-address");
        address.getStyleClass().add("library-details");
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        problem.setId("shared-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Runnable show = () -> address.setText(read(host, port, database, user).map(a -> "Address: " + a).orElse(" "));
        for (TextField f : new TextField[] {host, port, database, user}) {
            f.textProperty().addListener((obs, old, now) -> {
                show.run();
                problem.setText("");
            });
        }
        show.run();
        dialog.getDialogPane().setContent(new VBox(8, grid, address, problem));
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Open");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                parse(host, port, database, user);
            } catch (RuntimeException wrong) {
                problem.setText(wrong.getMessage());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? parse(host, port, database, user) : null);
        dialog.setOnShown(e -> org.quotebench.ui.jobs.Jobs.onFx((host.getText().isEmpty() ? host : database)::requestFocus));
        return dialog.showAndWait();
    }

    private static Optional<WorkspaceAddress> read(TextField host, TextField port, TextField database, TextField user) {
        try {
            return Optional.of(parse(host, port, database, user));
        } catch (RuntimeException wrong) {
            return Optional.empty();
        }
    }

    /** The fields as an address; an exception with the reason when they make none. */
    static WorkspaceAddress parse(TextField host, TextField port, TextField database, TextField user) {
        String h = host.getText().strip();
        String u = user.getText().strip();
        if (h.isEmpty() || h.contains("/") || h.contains("@") || h.contains(" ")) {
            throw new IllegalArgumentException("Give the server's name or address, such as db.newsroom.example.");
        }
        int p;
        try {
            p = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("The port is a number from 1 to 65535 (PostgreSQL's is 5432).");
        }
        if (u.isEmpty() || u.contains("@") || u.contains(":") || u.contains("/") || u.contains(" ")) {
            throw new IllegalArgumentException("Give your user name on the server, such as ana.");
        }
        return WorkspaceAddress.parse("postgresql://" + u + "@" + h + ":" + p + "/" + database.getText().strip());
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static Label label(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
