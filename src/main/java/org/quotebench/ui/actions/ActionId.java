package org.quotebench.ui.actions;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * Every action of the window, by id: its name as menus show it, its key, and whether the key belongs
 * to the article text. Menus, toolbar, context menus, the shortcuts sheet and tests refer to actions
 * by id, so renaming one cannot break another at run time.
 */
public enum ActionId {
    IMPORT_FILES("Import files…", "Shortcut+O"),
    IMPORT_FOLDER("Import a folder…", "Shortcut+Shift+O"),
    IMPORT_ADDRESS("Import from a web address…", "Shortcut+Shift+U"),
    IMPORT_ANNOTATIONS("Import annotations…", "Shortcut+Shift+I"),
    EXPORT("Export…", "Shortcut+E"),
    NEW_WORKSPACE("New workspace…", "Shortcut+N"),
    OPEN_WORKSPACE("Open workspace…", "Shortcut+Shift+W"),
    OPEN_SHARED("Open shared library…", "Shortcut+Shift+L"),
    RESTORE_BACKUP("Restore from backup…", null),
    QUIT("Quit", "Shortcut+Q"),
    // Letters and Tab belong to the article text: typed anywhere else (a name in a drop-down) they type (issue 20.3).
    MARK_QUOTE("Mark quote", "Q", true),
    MARK_SPEAKER("Mark speaker", "S", true),
    MARK_CUE("Mark cue", "C", true),
    ADD_PIECE("Add piece to quote", "F", true),
    FIND_QUOTES_HERE("Find quotes in this article", "Shortcut+Shift+Q"),
    FIND_QUOTES_IN_SELECTION("Find quotes in the selected articles", null),
    TEACH_FINDER("Teach the finder from this workspace…", null),
    FORGET_TEACHING("Forget what the finder was taught here", null),
    EDIT_ARTICLE("Edit article details…", "F2"),
    CHECK_CHANGES("Check for changes", null),
    VERSIONS("Versions…", null),
    COMPARE_ANNOTATORS("Compare annotators…", null),
    ANNOTATOR_NAME("Your annotator name…", null),
    COMPARE_OUTLETS("Compare outlets…", "Shortcut+Shift+C"),
    SPEAKERS("Speakers…", "Shortcut+Shift+S"),
    EVENTS("Events…", "Shortcut+Shift+G"),
    FIND_ELSEWHERE("Find elsewhere", "Shortcut+Shift+E"),
    ACCEPT("Accept suggestion", "A", true),
    REJECT("Reject suggestion", "R", true),
    ACCEPT_ALL("Accept all suggestions here", "Shift+A", true),
    NEXT_SUGGESTION("Next suggestion", "Tab", true),
    NEXT_QUOTE("Next quote", "N", true),
    PREVIOUS_QUOTE("Previous quote", "P", true),
    DELETE_QUOTE("Delete quote", "Delete"),
    UNDO("Undo", "Shortcut+Z"),
    REDO("Redo", "Shortcut+Shift+Z"),
    FIND_IN_PANE("Find in pane", "Shortcut+F"),
    NEW_PANE("New pane", "Shortcut+Shift+N"),
    CLOSE_PANE("Close pane", "Shortcut+W"),
    FILTER_LIBRARY("Filter the library", "Shortcut+L"),
    COLOUR_MODE("Colour by speaker or verdict", "Shortcut+Shift+V"),
    QUOTES_TABLE("Show or hide the quotes table", "Shortcut+Shift+T"),
    THEME("Light or dark theme", "Shortcut+Shift+D"),
    SHORTCUTS("Keyboard shortcuts", "F1"),
    ABOUT("About Quotebench", null);

    private final String label;
    private final String key;
    private final boolean textOnly;

    ActionId(String label, String key) {
        this(label, key, false);
    }

    ActionId(String label, String key, boolean textOnly) {
        this.label = label;
        this.key = key;
        this.textOnly = textOnly;
    }

    /** The name menus and the shortcuts sheet show. */
    public String label() {
        return label;
    }

    public Optional<KeyCombination> key() {
        return Optional.ofNullable(key).map(KeyCombination::keyCombination);
    }

    /** Its key acts only in an article's text (Tab elsewhere still moves the focus). */
    public boolean textOnly() {
        return textOnly;
    }
}
