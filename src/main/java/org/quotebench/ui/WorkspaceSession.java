package org.quotebench.ui;

import org.quotebench.ui.jobs.Background;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Speaker;
import org.quotebench.store.Workspace;

/**
 * The open workspace as the window sees it: the library, speakers and events as observable lists,
 * refreshed after changes. All workspace calls go through {@link Background}; none on the FX thread.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Background background;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** Where the open workspace lives: its file's path or a server library's address; null when none is open. */
    private final javafx.beans.property.ReadOnlyStringWrapper location = new javafx.beans.property.ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** A shared library whose server did not answer the last look (restarting, the network down): the status bar says so. */
    private final javafx.beans.property.BooleanProperty unreachable = new javafx.beans.property.SimpleBooleanProperty();
    private List<String> notes = List.of();
    private final ObservableList<ArticleInfo> articles = FXCollections.observableArrayList();
    private final ObservableList<Speaker> speakers = FXCollections.observableArrayList();
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private volatile Workspace workspace;
    /** The workspace's change number read as it opened, before its lists were read (see {@link #openedVersion()}). */
    private long openedVersion;

    public WorkspaceSession(Background background) {
        this.background = background;
    }

    /** Opens a workspace (closing the current one); {@code opened} runs on the FX thread once it is ready. */
    public void open(Path path, Runnable opened, Consumer<Throwable> failed) {
        open("Opening " + path.getFileName(), () -> Workspace.open(path), opened, failed);
    }

    /**
     * Opens a shared library on a PostgreSQL server (issue 25) in place of the current workspace, with a
     * password typed in the window when one is given (kept nowhere but in this call), else the server's
     * usual places (~/.pgpass, PGPASSWORD).
     */
    public void openServer(org.quotebench.store.WorkspaceAddress address, java.util.Optional<char[]> password, Runnable opened,
            Consumer<Throwable> failed) {
        open("Opening " + address, () -> Workspace.openServer(address, password), opened, failed);
    }

    private void open(String doing, Callable<Workspace> opening, Runnable opened, Consumer<Throwable> failed) {
        background.run(doing, () -> {
            Workspace next = opening.call();
            long version = next.dataVersion(); // before the lists: a change after this shows at the next look
            Workspace previous = workspace;
            workspace = next;
            if (previous != null) {
                previous.close();
            }
            List<String> said = new java.util.ArrayList<>(next.warnings());
            next.migrationBackup().ifPresent(b -> said.add("The workspace was upgraded to the new format; the old file was copied to " + b + "."));
            if (next.readOnly()) {
                said.add(0, next.localFile().isPresent()
                        ? next.location() + " is read-only (the file or its folder cannot be written): it is open for reading, "
                                + "and changes will be refused."
                        : "You may read " + next.location() + " but not change it (a reader's role).");
            }
            return new Opened(new Snapshot(next.articles().list(), next.speakers().list(), next.events().list()), next.readOnly(),
                    List.copyOf(said), version);
        }, result -> {
            apply(result.snapshot());
            readOnly.set(result.readOnly());
            notes = result.notes();
            openedVersion = result.version();
            file.set(workspace.localFile().orElse(null));
            location.set(workspace.location());
            unreachable.set(false); // said of the library open before, if of any
            opened.run();
        }, failed);
    }

    /**
     * Puts a backup in place of the open workspace: closes it, restores (the replaced file is kept
     * beside it), and opens it again ({@code opened}, then {@code restored}). If the restore fails,
     * the workspace is opened as it was ({@code opened} only) and the failure reported.
     */
    public void restore(Path backup, Runnable opened, Runnable restored, Consumer<Throwable> failed) {
        Path target = file.get();
        background.run("Restoring " + backup.getFileName(), () -> {
            Workspace previous = workspace;
            workspace = null;
            if (previous != null) {
                previous.close();
            }
            return org.quotebench.store.Backups.restore(target, backup);
        }, kept -> open(target, () -> {
            opened.run();
            restored.run();
        }, failed), problem -> {
            open(target, opened, failed);
            failed.accept(problem);
        });
    }

    /** Replaces a damaged workspace (not open) with a backup, then opens it. */
    public void restoreDamaged(Path target, Path backup, Runnable opened, Consumer<Throwable> failed) {
        background.run("Restoring " + backup.getFileName(), () -> org.quotebench.store.Backups.restore(target, backup),
                kept -> open(target, opened, failed), failed);
    }

    /** Runs work on the workspace in the background and hands its result to {@code done} on the FX thread. */
    public <T> void call(String doing, Function<Workspace, T> work, Consumer<T> done) {
        background.run(doing, () -> work.apply(require()), done);
    }

    /** Like {@link #call}, with a failure handler of its own. */
    public <T> void call(String doing, Function<Workspace, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        background.run(doing, () -> work.apply(require()), done, failed);
    }

    /** Looks at the workspace in the background without showing it in the status bar (see {@link Background#quietly}). */
    public <T> void quietly(Function<Workspace, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        background.quietly(() -> work.apply(require()), done, failed);
    }

    /** Starts a long job (an import) on the workspace thread; it reports progress and can be cancelled. */
    public <T> javafx.concurrent.Task<T> start(Function<Workspace, javafx.concurrent.Task<T>> job) {
        javafx.concurrent.Task<T> task = job.apply(require());
        background.execute(task);
        return task;
    }

    /**
     * Starts a long job that waits on the network (a web import) beside the workspace thread, so that
     * edits made meanwhile are not queued behind its fetches; it stores through the {@link Storing} it
     * is made with, in the workspace open now and only in it.
     */
    public <T> javafx.concurrent.Task<T> startAside(Function<Storing, javafx.concurrent.Task<T>> job) {
        Workspace at = require();
        javafx.concurrent.Task<T> task = job.apply(new Storing() {
            @Override
            public <R> R await(Function<Workspace, R> work) {
                return background.await(() -> {
                    if (workspace != at) { // closed, or another opened meanwhile: nothing goes into the wrong one
                        throw new QuotebenchException("The workspace was closed meanwhile; what was fetched after that was not stored.");
                    }
                    return work.apply(at);
                });
            }
        });
        background.executeAside(task);
        return task;
    }

    /** How a job running aside stores: on the workspace thread, in the workspace it was started on, waiting for the result. */
    public interface Storing {
        <R> R await(Function<Workspace, R> work);
    }

    /** Reloads the library, speakers and events after a change. */
    public void refresh() {
        if (workspace == null) {
            return;
        }
        Callable<Snapshot> reload = () -> {
            Workspace open = require();
            return new Snapshot(open.articles().list(), open.speakers().list(), open.events().list());
        };
        background.run("Refreshing", reload, this::apply);
    }

    /**
     * Reloads only these articles' library entries (their quote counts) after an annotation, instead
     * of the whole library: the list sees replacements, which the library shows without searching again.
     */
    public void refreshArticles(java.util.Collection<Long> ids) {
        if (workspace == null || ids.isEmpty()) {
            return;
        }
        List<Long> wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
        background.run("Refreshing", () -> {
            Workspace open = require();
            List<ArticleInfo> fresh = new java.util.ArrayList<>();
            for (long id : wanted) {
                open.articles().info(id).ifPresent(fresh::add);
            }
            return fresh;
        }, fresh -> {
            for (ArticleInfo info : fresh) {
                for (int i = 0; i < articles.size(); i++) {
                    if (articles.get(i).id() == info.id()) {
                        articles.set(i, info);
                    }
                }
            }
        });
    }

    private void apply(Snapshot snapshot) {
        articles.setAll(snapshot.articles());
        speakers.setAll(snapshot.speakers());
        events.setAll(snapshot.events());
    }

    private Workspace require() {
        Workspace open = workspace;
        if (open == null) {
            throw new QuotebenchException("No workspace is open.");
        }
        return open;
    }

    public boolean isOpen() {
        return workspace != null;
    }

    /** The open workspace's file; null when none is open or it is a library on a server. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Where the open workspace lives (a file's path or a server address); null when none is open. */
    public javafx.beans.property.ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ObservableList<ArticleInfo> articles() {
        return articles;
    }

    public ObservableList<Speaker> speakers() {
        return speakers;
    }

    public ObservableList<Event> events() {
        return events;
    }

    public Background background() {
        return background;
    }

    @Override
    public void close() {
        Workspace open = workspace;
        background.run("Closing", () -> {
            if (open != null) {
                open.close();
            }
            workspace = null; // a job running aside that stores after this is told it was closed
            return null;
        }, ignored -> { }, ignored -> { });
        background.close();
    }

    private record Snapshot(List<ArticleInfo> articles, List<Speaker> speakers, List<Event> events) {
    }

    private record Opened(Snapshot snapshot, boolean readOnly, List<String> notes, long version) {
    }

    /**
     * The open workspace's change number ({@link Workspace#dataVersion()}) as it was just before its
     * library was read: what another program commits after that is a change the window has not shown.
     */
    public long openedVersion() {
        return openedVersion;
    }

    /**
     * Whether the shared library's server did not answer the window's last look; set by {@link
     * OtherPrograms}, cleared when another workspace opens.
     */
    public javafx.beans.property.BooleanProperty unreachableProperty() {
        return unreachable;
    }

    /** Whether the open workspace is read-only (its file or folder cannot be written). */
    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** What the user should be told about the workspace just opened: read-only, a network drive, an upgrade. */
    public List<String> notes() {
        return notes;
    }
}
