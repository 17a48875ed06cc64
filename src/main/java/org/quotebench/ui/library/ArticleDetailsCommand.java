package org.quotebench.ui.library;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.quotebench.core.ArticleInfo;
import org.quotebench.ui.Annotating;
import org.quotebench.ui.WorkspaceSession;

/**
 * Article > Edit details (F2): the articles the user means ({@link #targets}; several get one
 * outlet); asks for the details and stores them as one undoable step.
 */
public final class ArticleDetailsCommand {
    private final WorkspaceSession session;
    private final Annotating annotating;
    private final Supplier<Window> window;
    private final ListView<ArticleInfo> library;

    public ArticleDetailsCommand(WorkspaceSession session, Annotating annotating, Supplier<Window> window,
            ListView<ArticleInfo> library) {
        this.session = session;
        this.annotating = annotating;
        this.window = window;
        this.library = library;
    }

    /** Edits the articles the user means (see {@link #targets}); {@code paneArticle} is the focused pane's, if any. */
    public void edit(java.util.Optional<ArticleInfo> paneArticle) {
        edit(targets(paneArticle));
    }

    /**
     * The articles an Article menu action means: the library's selection when the library has the
     * keyboard, else the focused pane's article ({@code paneArticle}), else the library's selection.
     */
    public List<ArticleInfo> targets(java.util.Optional<ArticleInfo> paneArticle) {
        List<ArticleInfo> selected = List.copyOf(library.getSelectionModel().getSelectedItems());
        if (library.isFocused() && !selected.isEmpty()) {
            return selected;
        }
        return paneArticle.map(List::of).orElse(selected);
    }

    /** Asks for the details of these articles and stores them. */
    public void edit(List<ArticleInfo> articles) {
        if (articles.isEmpty() || !session.isOpen()) {
            return;
        }
        session.call("Listing outlets", ws -> ws.articles().outlets(), outlets -> ArticleDetailsDialog.ask(window.get(), articles,
                outlets).ifPresent(details -> annotating.articleDetails().edit(articles, details, articles.size() == 1
                        ? "Edit article details" : "Set the outlet of " + articles.size() + " articles", after -> { })));
    }
}
