package org.quotebench.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.stage.Window;
import org.quotebench.core.ArticleInfo;
import org.quotebench.ui.actions.Action;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.importing.WebImportCommands;
import org.quotebench.ui.library.ArticleDetailsCommand;

/**
 * The window's actions on articles as a whole: File > Import from a web address…, Article > Edit
 * article details…, Check for changes and Versions…, the pane header's pencil and Ctrl+V on the library.
 */
final class ArticleActions {
    private final WorkbenchModel model;
    private final Supplier<Window> window;
    private final ArticleDetailsCommand details;
    private final WebImportCommands web;

    /** @param imported told the ids of the articles a web import stored (the finder may run on them) */
    ArticleActions(WorkbenchModel model, Workbench bench, Supplier<Window> window, Notices notices, Consumer<List<Long>> imported) {
        this.model = model;
        this.window = window;
        WorkspaceSession session = model.session();
        this.details = new ArticleDetailsCommand(session, model.annotating(), window, bench.library().list());
        this.web = new WebImportCommands(session, window, imported, notices::info);
        bench.onEditDetails(info -> details.edit(List.of(info)));
        bench.library().onPaste(web::offer); // Ctrl+V with web addresses on the clipboard imports them
    }

    /** Their actions, off while no workspace is open. */
    List<Action> actions(BooleanBinding noWorkspace) {
        return List.of(Action.of(ActionId.IMPORT_ADDRESS, web::ask).disabledWhen(noWorkspace),
                Action.of(ActionId.EDIT_ARTICLE, () -> details.edit(paneArticle())).disabledWhen(noWorkspace),
                Action.of(ActionId.CHECK_CHANGES, () -> web.checkForChanges(details.targets(paneArticle()))).disabledWhen(noWorkspace),
                Action.of(ActionId.VERSIONS, () -> details.targets(paneArticle()).stream().findFirst().ifPresent(this::showVersions))
                        .disabledWhen(noWorkspace));
    }

    /** Web addresses pasted or dropped on the window. */
    WebImportCommands web() {
        return web;
    }

    private Optional<ArticleInfo> paneArticle() {
        return Optional.ofNullable(model.focusedPane().detailsProperty().get());
    }

    /** Article > Versions…: the versions of an article's page and what changed between them. */
    private void showVersions(ArticleInfo article) {
        org.quotebench.ui.versions.VersionsWindow.show(window.get(), model.session(), article, (info, quoteId) -> {
            model.openIn(model.focusedPane(), info, quoteId);
            window.get().requestFocus();
        });
    }
}
