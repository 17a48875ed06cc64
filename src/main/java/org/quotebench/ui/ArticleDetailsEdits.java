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
                overStored(before, details, (now, mine) -> {
                    if (alreadyThere(now, mine)) { // someone else typed the same: nothing to decide, nothing to undo
                        annotating.tell(org.quotebench.ui.conflicts.AlreadyThere.said(conflict.theirs()));
                    } else {
                        annotating.tell(conflict.getMessage());
                        annotating.conflicts().decide(conflict, description, () -> overTheirs(before, details, description, then));
                    }
                });
            } else {
                session.background().report(problem);
            }
        });
    }

    /** The same edit made again on the details as stored now: the fields the user changed, theirs for the rest. */
    private void overTheirs(List<ArticleInfo> before, List<ArticleMetadata> details, String description, Consumer<List<ArticleInfo>> then) {
        overStored(before, details, (now, mine) -> {
            if (!now.isEmpty()) {
                edit(now, mine, description, then);
            }
        });
    }

    /**
     * Reads the articles as stored now and gives {@code made} them with the details the edit makes of
     * each: the fields the user changed, theirs for the rest. An article deleted meanwhile is left out.
     */
    private void overStored(List<ArticleInfo> before, List<ArticleMetadata> details,
            java.util.function.BiConsumer<List<ArticleInfo>, List<ArticleMetadata>> made) {
        session.call("Reading the articles' details", ws -> before.stream().map(a -> ws.articles().info(a.id())).toList(), stored -> {
            List<ArticleInfo> now = new ArrayList<>();
            List<ArticleMetadata> mine = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                Optional<ArticleInfo> current = stored.get(i);
                if (current.isPresent()) {
                    now.add(current.get());
                    mine.add(details.get(i).over(current.get().metadata(), before.get(i).metadata()));
                }
            }
            made.accept(now, mine);
        });
    }

    /** Whether the details stored now already are what the edit makes of them: it would change nothing. */
    private static boolean alreadyThere(List<ArticleInfo> now, List<ArticleMetadata> mine) {
        for (int i = 0; i < now.size(); i++) {
            try {
                if (!org.quotebench.core.ArticleFields.checked(mine.get(i)).equals(now.get(i).metadata())) {
                    return false;
                }
            } catch (org.quotebench.core.QuotebenchException e) {
                return false; // not details the edit could store: asked as before
            }
        }
        return true;
    }

    private static List<Long> ids(List<ArticleInfo> articles) {
        return articles.stream().map(ArticleInfo::id).toList();
    }
}
