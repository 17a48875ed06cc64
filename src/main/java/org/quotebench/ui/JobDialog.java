package org.quotebench.ui;

import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows a long job's progress with Cancel, then its summary (e.g. imported, duplicates, refused and why). */
public final class JobDialog {
    private JobDialog() {
    }

    /** A job's outcome: a headline and the lines worth reading (refusals, duplicates). */
    public interface Summary {
        String headline();

        List<String> details();
    }

    private static final String KEPT = "Cancelled; articles already stored are kept.";

    public static <T extends Summary> void show(Window owner, String title, Task<T> task, Runnable finished) {
        show(owner, title, task, finished, KEPT);
    }

    /** The same, saying {@code whenCancelled} once Cancel stopped the job. */
    public static <T extends Summary> void show(Window owner, String title, Task<T> task, Runnable finished, String whenCancelled) {
        show(owner, title, task, finished, whenCancelled, Modality.WINDOW_MODAL);
    }

    /**
     * For a job that runs beside the window's work (a web import waiting on slow sites): the dialog does
     * not hold the window, which goes on taking the user's work while it shows.
     */
    public static <T extends Summary> void showBeside(Window owner, String title, Task<T> task, Runnable finished) {
        show(owner, title, task, finished, KEPT, Modality.NONE);
    }

    private static <T extends Summary> void show(Window owner, String title, Task<T> task, Runnable finished, String whenCancelled,
            Modality modality) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(modality);
        stage.setTitle(title);
        Label message = new Label("Starting…");
        message.setId("import-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines, never "…"
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        TextArea details = new TextArea();
        details.setEditable(false);
        details.setWrapText(true);
        details.setVisible(false);
        details.setManaged(false);
        details.setPrefRowCount(8);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (task.isRunning()) {
                task.cancel();
            } else {
                stage.close();
            }
        });
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox root = new VBox(10, message, bar, details, buttons);
        VBox.setVgrow(details, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.setPrefWidth(520);
        // The window grows to show a long headline and the details in full once the job is done.
        task.setOnSucceeded(e -> {
            done(task.getValue(), message, bar, details, cancel, finished);
            stage.sizeToScene();
        });
        task.setOnCancelled(e -> {
            message.textProperty().unbind();
            message.setText(whenCancelled);
            cancel.setText("Close");
            finished.run();
        });
        task.setOnFailed(e -> {
            message.textProperty().unbind();
            message.setText(title + " failed: " + task.getException().getMessage());
            bar.progressProperty().unbind();
            bar.setProgress(0);
            cancel.setText("Close");
            finished.run();
            stage.sizeToScene();
        });
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static void done(Summary report, Label message, ProgressBar bar, TextArea details, Button close,
            Runnable finished) {
        message.textProperty().unbind();
        message.setText(report.headline());
        bar.progressProperty().unbind();
        bar.setProgress(1);
        List<String> lines = report.details();
        if (!lines.isEmpty()) {
            details.setText(String.join("\n", lines));
            details.setVisible(true);
            details.setManaged(true);
        }
        close.setText("Close");
        close.setDefaultButton(true);
        finished.run();
    }
}
