package org.quotebench.ui;

import static org.quotebench.ui.actions.ActionId.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.quotebench.ui.actions.Action;
import org.quotebench.ui.actions.ActionId;
import org.quotebench.ui.actions.Actions;

/** Builds the menus and the toolbar from the actions, so that every action shows its shortcut. */
final class MenuLayout {
    /** The menus, each in groups that separators divide. */
    private static final Map<String, List<List<ActionId>>> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("File", List.of(List.of(IMPORT_FILES, IMPORT_FOLDER, IMPORT_ADDRESS, IMPORT_ANNOTATIONS, EXPORT),
                List.of(NEW_WORKSPACE, OPEN_WORKSPACE, OPEN_SHARED, RESTORE_BACKUP), List.of(QUIT)));
        MENUS.put("Edit", List.of(List.of(UNDO, REDO), List.of(DELETE_QUOTE)));
        MENUS.put("Quote", List.of(List.of(MARK_QUOTE, MARK_SPEAKER, MARK_CUE, ADD_PIECE), List.of(NEXT_QUOTE, PREVIOUS_QUOTE),
                List.of(FIND_QUOTES_HERE, FIND_QUOTES_IN_SELECTION, NEXT_SUGGESTION, ACCEPT, REJECT, ACCEPT_ALL),
                List.of(TEACH_FINDER, FORGET_TEACHING),
                List.of(FIND_ELSEWHERE, COMPARE_ANNOTATORS, ANNOTATOR_NAME)));
        MENUS.put("Article", List.of(List.of(EDIT_ARTICLE), List.of(CHECK_CHANGES, VERSIONS)));
        MENUS.put("View", List.of(List.of(SPEAKERS, EVENTS, COMPARE_OUTLETS), List.of(FIND_IN_PANE, FILTER_LIBRARY),
                List.of(NEW_PANE, CLOSE_PANE), List.of(COLOUR_MODE, QUOTES_TABLE, THEME)));
        MENUS.put("Help", List.of(List.of(SHORTCUTS, ABOUT)));
    }

    private static final List<List<ActionId>> TOOLBAR = List.of(List.of(IMPORT_FILES), List.of(MARK_QUOTE, MARK_SPEAKER, MARK_CUE),
            List.of(FIND_QUOTES_HERE, ACCEPT, REJECT), List.of(UNDO, REDO), List.of(NEW_PANE, FIND_IN_PANE));

    private static final List<List<ActionId>> PANE_MENU = List.of(List.of(MARK_QUOTE, MARK_SPEAKER, MARK_CUE, ADD_PIECE), List.of(DELETE_QUOTE),
            List.of(FIND_IN_PANE, CLOSE_PANE));

    private static final Map<ActionId, String> SHORT_NAMES = Map.of(FIND_QUOTES_HERE, "Find quotes", ACCEPT, "Accept", REJECT, "Reject");

    private MenuLayout() {
    }

    /** The right-click menu of an article pane. */
    static javafx.scene.control.ContextMenu paneMenu(Actions actions) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.getItems().setAll(items(PANE_MENU, actions));
        return menu;
    }

    static MenuBar menuBar(Actions actions) {
        MenuBar bar = new MenuBar();
        MENUS.forEach((title, groups) -> {
            Menu menu = new Menu(title);
            menu.getItems().setAll(items(groups, actions));
            bar.getMenus().add(menu);
        });
        return bar;
    }

    /** The menu items of some groups of actions, with a separator between groups. */
    private static List<MenuItem> items(List<List<ActionId>> groups, Actions actions) {
        List<MenuItem> items = new ArrayList<>();
        for (List<ActionId> group : groups) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            group.forEach(id -> items.add(item(actions.get(id))));
        }
        return items;
    }

    static ToolBar toolBar(Actions actions) {
        ToolBar bar = new ToolBar();
        for (List<ActionId> group : TOOLBAR) {
            if (!bar.getItems().isEmpty()) {
                bar.getItems().add(new javafx.scene.control.Separator());
            }
            group.forEach(id -> bar.getItems().add(button(actions.get(id))));
        }
        return bar;
    }

    private static Button button(Action action) {
        Button button = new Button(SHORT_NAMES.getOrDefault(action.id(), action.name().replace("…", "")));
        button.setFocusTraversable(false);
        String tip = action.name() + (action.key().isPresent() ? "  (" + action.keyText() + ")" : "");
        button.setAccessibleHelp(tip);
        // Made on first hover: eleven tooltips (each a popup window) are not worth building before the first frame.
        button.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (button.getTooltip() == null) {
                button.setTooltip(new Tooltip(tip));
            }
        });
        button.setOnAction(e -> action.fire());
        button.disableProperty().bind(action.disabled());
        return button;
    }

    /**
     * A menu item showing its key. Plain-letter keys are shown, not installed as accelerators:
     * JavaFX would fire those even while the user types in a text field (ActionKeys handles them).
     */
    private static MenuItem item(Action action) {
        MenuItem item = new MenuItem(action.name());
        if (action.isPlainKey()) {
            item.setAccelerator(new ShownKey(action.keyText()));
        } else {
            action.key().ifPresent(item::setAccelerator);
        }
        item.setOnAction(e -> action.fire());
        item.disableProperty().bind(action.disabled());
        return item;
    }

    /**
     * A key shown in the menu's shortcut column like any other, which never fires: a plain letter
     * installed as an accelerator would fire even while the user types in a text field, so
     * ActionKeys handles those keys instead.
     */
    private static final class ShownKey extends javafx.scene.input.KeyCombination {
        private final String text;

        ShownKey(String text) {
            this.text = text;
        }

        @Override
        public boolean match(javafx.scene.input.KeyEvent event) {
            return false;
        }

        @Override
        public String getName() {
            return text;
        }

        @Override
        public String getDisplayText() {
            return text;
        }

        // KeyCombination compares modifiers only; a shown key must never equal a real accelerator.
        @Override
        public boolean equals(Object other) {
            return other instanceof ShownKey shown && shown.text.equals(text);
        }

        @Override
        public int hashCode() {
            return ShownKey.class.hashCode() * 31 + text.hashCode();
        }
    }
}
