package org.quotebench.ui.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.quotebench.store.Backups;

/** File > Restore from backup…: choose one of the workspace's backups, newest first, and confirm. */
public final class RestoreDialog {
    private RestoreDialog() {
    }

    /** The backup the user chose and confirmed, if any. */
    public static Optional<Path> choose(Window owner, Path workspace, List<Backups.Backup> backups) {
        if (backups.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, "There are no backups of " + workspace + " yet. Quotebench takes one "
                    + "when a workspace is opened and every hour of work, in " + Backups.folder(workspace) + ".");
            none.initOwner(owner);
            none.setHeaderText(null);
            none.getDialogPane().setId("no-backups");
            none.show();
            return Optional.empty();
        }
        Map<String, Path> choices = new LinkedHashMap<>();
        for (Backups.Backup b : backups) {
            choices.put(when(b) + " · " + Math.max(1, b.bytes() / 1024) + " KB · " + b.file().getFileName(), b.file());
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.keySet().iterator().next(), choices.keySet());
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText("Replace the workspace with one of its backups. The current file is kept beside it, so nothing is lost.");
        dialog.setContentText("Backup:");
        dialog.getDialogPane().setId("restore-dialog");
        return dialog.showAndWait().map(choices::get).filter(chosen -> confirm(owner, workspace, chosen));
    }

    /** Offers the newest good backup of a workspace that is damaged. */
    public static boolean offer(Window owner, String problem, Backups.Backup backup) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, problem, ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Damaged workspace");
        alert.setHeaderText("Restore the backup taken " + when(backup) + "?");
        alert.getDialogPane().setId("offer-backup");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText("Restore the backup");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static boolean confirm(Window owner, Path workspace, Path chosen) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The workspace goes back to " + chosen.getFileName() + ". Its current file "
                + "is kept beside it as " + workspace.getFileName().toString().replaceFirst("\\.qb$", "") + ".before-restore-….qb.",
                ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Restore from backup");
        alert.setHeaderText("Replace " + workspace.getFileName() + " with this backup?");
        alert.getDialogPane().setId("confirm-restore");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static String when(Backups.Backup backup) {
        return LocalDateTime.ofInstant(backup.taken(), ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }
}
