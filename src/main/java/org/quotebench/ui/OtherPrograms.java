package org.quotebench.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.quotebench.ui.article.PaneModel;

/**
 * Shows in the window, within a second, what other programs change in the open workspace (a command
 * in a terminal, another window): the library, speakers and events, and the quotes of the articles
 * open in the panes (and so the inspector's). Once a second it asks SQLite's {@code data_version},
 * which changes only when another connection commits; this window's own changes show as they are made.
 * On a shared library whose server does not answer (restarting, the network down) it says so (the
 * status bar), keeps looking, and when the connection is made again says that too and shows what
 * changed meanwhile.
 */
public final class OtherPrograms {
    private final WorkspaceSession session;
    private final Supplier<List<PaneModel>> panes;
    private final Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> look()));
    private String seenFile;
    private long seenVersion;
    private boolean looking;

    private final java.util.function.Consumer<String> say;

    public OtherPrograms(WorkspaceSession session, Supplier<List<PaneModel>> panes) {
        this(session, panes, words -> { });
    }

    /** {@code say} tells the user in a short notice that the server answers again. */
    public OtherPrograms(WorkspaceSession session, Supplier<List<PaneModel>> panes, java.util.function.Consumer<String> say) {
        this.session = session;
        this.panes = panes;
        this.say = say;
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** One look (the timer's, once a second; tests call it themselves). */
    void look() {
        String file = session.locationProperty().get(); // a file, or a library on a server (its notifications)
        if (looking || file == null || !session.isOpen()) {
            return;
        }
        looking = true;
        session.quietly(ws -> ws.dataVersion(), version -> {
            looking = false;
            if (!Objects.equals(file, session.locationProperty().get())) {
                return; // another workspace opened meanwhile: look again next time
            }
            if (session.unreachableProperty().get()) {
                session.unreachableProperty().set(false);
                say.accept("The server answers again: the library shows what changed meanwhile.");
            }
            // the first look after an open compares with the number read as it opened, so that what another
            // program committed between the open and this look is not taken for where the workspace stands
            long before = Objects.equals(file, seenFile) ? seenVersion : session.openedVersion();
            seenFile = file;
            seenVersion = version;
            if (version != before) {
                showChanges();
            }
        }, problem -> {
            looking = false; // closed or switched meanwhile, or the server did not answer: look again next time
            if (session.isOpen() && Objects.equals(file, session.locationProperty().get()) && session.fileProperty().get() == null) {
                session.unreachableProperty().set(true);
            }
        });
    }

    private void showChanges() {
        session.refresh();
        for (PaneModel pane : panes.get()) {
            pane.article().ifPresent(article -> session.quietly(ws -> ws.quotes().ofArticle(article.id()), stored -> {
                if (pane.article().filter(a -> a.id() == article.id()).isPresent()) {
                    pane.reconcile(stored);
                }
            }, ignored -> { }));
        }
    }
}
