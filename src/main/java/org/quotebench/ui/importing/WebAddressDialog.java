package org.quotebench.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.quotebench.importer.web.WebArticles;

/**
 * File > Import from a web address…: one address a line (pasted text is taken as it comes); OK is
 * refused, with the line and the reason under the field, until every line is an http or https address.
 */
public final class WebAddressDialog {
    private WebAddressDialog() {
    }

    /** The addresses given, in order and once each, or empty when cancelled. */
    public static Optional<List<String>> ask(Window owner, String given) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import from a web address");
        dialog.setHeaderText("Web pages to import, one address a line.\n"
                + "A page already in the workspace is fetched again: if it changed, it gets a new version.\n"
                + "Web archive snapshots (web.archive.org/web/…) keep the original address.");
        TextArea field = new TextArea(given);
        field.setId("web-addresses");
        field.setPromptText("https://example.org/news/story");
        field.setPrefRowCount(6);
        field.setPrefColumnCount(60);
        field.setWrapText(false);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        problem.setId("web-addresses-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("Ctrl+Enter imports. Fetching needs a network; each page: at most 60 s and 10 MB.");
        hint.getStyleClass().add("library-details");
        dialog.getDialogPane().setContent(new VBox(8, field, problem, hint));
        dialog.getDialogPane().setPrefWidth(720); // room for an archive snapshot's long address
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Import");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Optional<String> wrong = check(field.getText());
            if (wrong.isPresent()) {
                problem.setText(wrong.get());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? addresses(field.getText()) : null);
        dialog.setOnShown(e -> org.quotebench.ui.jobs.Jobs.onFx(field::requestFocus));
        // Enter starts a new line (one address a line); Ctrl+Enter imports
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER && key.isShortcutDown()) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
                key.consume();
            }
        });
        return dialog.showAndWait().filter(list -> !list.isEmpty());
    }

    /** The addresses in a text: its non-blank lines, in order, once each. */
    public static List<String> addresses(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String address = line.strip();
            if (!address.isEmpty() && !found.contains(address)) {
                found.add(address);
            }
        }
        return found;
    }

    /** What is wrong with the text, naming the line, if anything is. */
    public static Optional<String> check(String text) {
        String[] lines = text.split("\\R");
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            any = true;
            if (!WebArticles.isAddress(line) || line.contains(" ")) {
                return Optional.of("Line " + (i + 1) + " is not a web address (http:// or https://): " + line);
            }
        }
        return any ? Optional.empty() : Optional.of("Give at least one address.");
    }
}
