package org.quotebench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.quotebench.ui.backup.AutomaticBackups;
import org.quotebench.ui.settings.Settings;

/**
 * The workspace file as the File menu handles it: new, open, open recent, restore from backup, a
 * damaged file offered its newest good backup, and the automatic backups of the open workspace.
 */
final class WorkspaceFiles {
    private final WorkspaceSession session;
    private final Notices notices;
    private final Settings settings;
    private final Workbench bench;
    private final Supplier<Window> window;
    private final Menu recent = new Menu("Open recent");
    private final AutomaticBackups backups;

    private final SaveFolder saveFolder;

    WorkspaceFiles(WorkspaceSession session, Notices notices, Settings settings, Workbench bench, Supplier<Window> window,
            SaveFolder saveFolder) {
        this.saveFolder = saveFolder;
        this.session = session;
        this.notices = notices;
        this.settings = settings;
        this.bench = bench;
        this.window = window;
        this.backups = new AutomaticBackups(notices::info);
    }

    Menu recentMenu() {
        return recent;
    }

    private Window window() {
        return window.get();
    }

    void openWorkspace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a workspace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Quotebench workspaces (*.qb)", "*.qb"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** File > Open shared library…: a library on a PostgreSQL server in place of the current workspace (issue 25). */
    void openShared() {
        Optional<org.quotebench.store.WorkspaceAddress> last = java.util.Optional.ofNullable(session.locationProperty().get())
                .or(() -> settings.recentWorkspaces.stream().findFirst())
                .filter(org.quotebench.store.WorkspaceAddress::isServer).map(org.quotebench.store.WorkspaceAddress::parse);
        org.quotebench.ui.shared.SharedLibraryDialog.ask(window(), last).ifPresent(address -> openServer(address, Optional.empty()));
    }

    /** Opens a server library; when the server wants a password the usual places do not give, asks for it. */
    private void openServer(org.quotebench.store.WorkspaceAddress address, Optional<char[]> password) {
        session.openServer(address, password, this::opened, problem -> {
            if (org.quotebench.store.StoreException.needsPassword(problem)) {
                org.quotebench.ui.shared.PasswordDialog.ask(window(), address, password.isPresent())
                        .ifPresent(typed -> openServer(address, Optional.of(typed)));
            } else {
                notices.problem(problem);
            }
        });
    }

    void newWorkspace() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New workspace");
        chooser.setInitialDirectory(saveFolder.initial());
        chooser.setInitialFileName("workspace.qb");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path path = file.toPath().getFileName().toString().endsWith(".qb") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".qb");
            open(path);
        }
    }

    /** Opens a workspace file or a shared library by its address (a bad address is reported in one line). */
    void openLocation(String location) {
        if (org.quotebench.store.WorkspaceAddress.isServer(location)) {
            try {
                openServer(org.quotebench.store.WorkspaceAddress.parse(location), Optional.empty());
            } catch (org.quotebench.core.QuotebenchException badAddress) {
                notices.problem(badAddress);
            }
        } else {
            open(Path.of(location));
        }
    }

    /** Opens a workspace in place of the current one; a file that cannot be opened is reported and left alone. */
    void open(Path path) {
        session.open(path, this::opened, problem -> offerBackup(path, problem));
    }

    private void opened() {
        bench.panes().panes().forEach(p -> p.model().show(null, List.of()));
        bench.annotating().history().clear();
        settings.opened(session.locationProperty().get()); // a file's path or a server address: never a password
        fillRecent();
        if (!session.notes().isEmpty()) {
            notices.info(String.join(" ", session.notes()));
        }
        backups.watch(session.readOnlyProperty().get() ? null : session.fileProperty().get());
    }

    /** A damaged workspace with a good backup: offer to put the backup in place; anything else is reported. */
    private void offerBackup(Path path, Throwable problem) {
        Throwable cause = problem;
        while (!(cause instanceof org.quotebench.store.DamagedWorkspace) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof org.quotebench.store.DamagedWorkspace damaged && damaged.newestBackup().isPresent()) {
            if (org.quotebench.ui.backup.RestoreDialog.offer(window(), damaged.getMessage(), damaged.newestBackup().get())) {
                session.restoreDamaged(path, damaged.newestBackup().get().file(), this::opened, notices::problem);
            }
            return;
        }
        notices.problem(problem);
    }

    /** File > Restore from backup…: the backups are listed in the background, then chosen and confirmed. */
    void restoreFromBackup() {
        Path workspace = session.fileProperty().get();
        session.call("Listing backups", ws -> org.quotebench.store.Backups.list(workspace), backupList ->
                org.quotebench.ui.backup.RestoreDialog.choose(window(), workspace, backupList).ifPresent(backup ->
                        session.restore(backup, this::opened, () -> notices.info("Restored " + workspace.getFileName() + " from "
                                + backup.getFileName() + "; the file it replaced is kept beside it."), notices::problem)));
    }

    void fillRecent() {
        recent.getItems().clear();
        for (String workspace : settings.recentWorkspaces) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(workspace);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openLocation(workspace));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

}
