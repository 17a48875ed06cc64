package org.quotebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.EditConflict;
import org.quotebench.ui.undo.UndoHistory;

/**
 * Article > Edit details from the window: new details for one or several articles in one transaction,
 * one step to undo, the library and the panes following. Refused when someone else changed an article's
 * details since the window read them (issue 25): the library shows them as stored now and the user keeps
 * theirs or makes the edit over them — then only the fields the user changed are made, on the details
 * as stored now, so that their other changes stay.
 */
public final class ArticleDetailsEdits {
    private final WorkspaceSession session;
    private final Annotating annotating;

    ArticleDetailsEdits(WorkspaceSession session, Annotating annotating) {
        this.session = session;
        this.annotating = annotating;
    }

    /**
     * Gives the articles ({@code before}, as the window read them) the {@code details}; {@code then}
     * gets the articles as stored now.
     */
    public void edit(List<ArticleInfo> before, List<ArticleMetadata> details, String description, Consumer<List<ArticleInfo>> then) {
        session.call(description, ws -> ws.change(description, () -> {
            List<ArticleInfo> after = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                after.add(ws.articles().editMetadata(before.get(i), details.get(i))); // refused when changed by someone since
            }
            return after;
        }), after -> {
            annotating.history().record(UndoHistory.Step.ofArticles(description, before, after));
            session.refreshArticles(ids(after));
            annotating.tell(description);
            then.accept(after);
        }, problem -> {
            if (problem instanceof EditConflict conflict && conflict.current(ArticleMetadata.class).isPresent()) {
                session.refreshArticles(ids(before)); // the library shows the details as stored now
                annotating.tell(conflict.getMessage());
                annotating.conflicts().decide(conflict, description, () -> overTheirs(before, details, description, then));
            } else {
                session.background().report(problem);
            }
        });
    }

    /** The same edit made again on the details as stored now: the fields the user changed, theirs for the rest. */
    private void overTheirs(List<ArticleInfo> before, List<ArticleMetadata> details, String description, Consumer<List<ArticleInfo>> then) {
        session.call("Reading the articles' details", ws -> before.stream().map(a -> ws.articles().info(a.id())).toList(), stored -> {
            List<ArticleInfo> now = new ArrayList<>();
            List<ArticleMetadata> mine = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                Optional<ArticleInfo> current = stored.get(i);
                if (current.isPresent()) { // an article deleted meanwhile is left out
                    now.add(current.get());
                    mine.add(details.get(i).over(current.get().metadata(), before.get(i).metadata()));
                }
            }
            if (!now.isEmpty()) {
                edit(now, mine, description, then);
            }
        });
    }

    private static List<Long> ids(List<ArticleInfo> articles) {
        return articles.stream().map(ArticleInfo::id).toList();
    }
}
