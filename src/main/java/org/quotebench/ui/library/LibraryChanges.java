package org.quotebench.ui.library;

import java.util.List;
import javafx.collections.ListChangeListener;
import org.quotebench.core.ArticleInfo;

/** Tells a change that only replaced library entries in place (new quote counts) from one that added or removed some. */
final class LibraryChanges {
    private LibraryChanges() {
    }

    /** True when every entry was replaced by a fresh copy of the same article (same id, same place). */
    static boolean onlyReplaced(ListChangeListener.Change<? extends ArticleInfo> change) {
        boolean replaced = true;
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()) {
                replaced = false;
                continue;
            }
            List<? extends ArticleInfo> added = change.getAddedSubList();
            for (int i = 0; i < added.size(); i++) {
                if (added.get(i).id() != change.getRemoved().get(i).id()) {
                    replaced = false;
                }
            }
        }
        change.reset();
        return replaced;
    }
}
