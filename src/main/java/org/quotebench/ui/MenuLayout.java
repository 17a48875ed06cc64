package org.quotebench.ui;

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

/** Builds the menus and the toolbar from the actions, so that every action shows its shortcut. */
final class MenuLayout {
    private static final Map<String, List<String>> MENUS = new LinkedHashMap<>();

    static {
        MENUS.put("File", List.of("Import files…", "Import a folder…", "Import annotations…", "Export…", "-", "New workspace…", "Open workspace…", "Restore from backup…", "-", "Quit"));
        MENUS.put("Edit", List.of("Undo", "Redo", "-", "Delete quote"));
        MENUS.put("Quote", List.of("Mark quote", "Mark speaker", "Mark cue", "-", "Next quote", "Previous quote", "-",
                "Find quotes in this article", "Find quotes in the selected articles", "Next suggestion", "Accept suggestion",
                "Reject suggestion", "Accept all suggestions here", "-", "Find elsewhere", "Compare annotators…"));
        MENUS.put("View", List.of("Speakers…", "Events…", "Compare outlets…", "-", "Find in pane", "Filter the library", "-", "New pane", "Close pane", "-",
                "Colour by speaker or verdict", "Show or hide the quotes table", "Light or dark theme"));
        MENUS.put("Help", List.of("Keyboard shortcuts", "About Quotebench"));
    }

    private static final List<String> TOOLBAR = List.of("Import files…", "-", "Mark quote", "Mark speaker", "Mark cue", "-",
            "Find quotes in this article", "Accept suggestion", "Reject suggestion", "-",
            "Undo", "Redo", "-", "New pane", "Find in pane");

    private static final List<String> PANE_MENU = List.of("Mark quote", "Mark speaker", "Mark cue", "-", "Delete quote", "-",
            "Find in pane", "Close pane");

    private static final Map<String, String> SHORT_NAMES = Map.of("Find quotes in this article", "Find quotes",
            "Accept suggestion", "Accept", "Reject suggestion", "Reject");

    private MenuLayout() {
    }

    /** The right-click menu of an article pane. */
    static javafx.scene.control.ContextMenu paneMenu(List<Action> actions) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (String name : PANE_MENU) {
            menu.getItems().add(name.equals("-") ? new SeparatorMenuItem() : item(find(actions, name)));
        }
        return menu;
    }

    static MenuBar menuBar(List<Action> actions) {
        MenuBar bar = new MenuBar();
        MENUS.forEach((title, names) -> {
            Menu menu = new Menu(title);
            for (String name : names) {
                menu.getItems().add(name.equals("-") ? new SeparatorMenuItem() : item(find(actions, name)));
            }
            bar.getMenus().add(menu);
        });
        return bar;
    }

    static ToolBar toolBar(List<Action> actions) {
        ToolBar bar = new ToolBar();
        for (String name : TOOLBAR) {
            if (name.equals("-")) {
                bar.getItems().add(new javafx.scene.control.Separator());
                continue;
            }
            Action action = find(actions, name);
            Button button = new Button(SHORT_NAMES.getOrDefault(name, name.replace("…", "")));
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
            bar.getItems().add(button);
        }
        return bar;
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

    private static Action find(List<Action> actions, String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No action named " + name));
    }
}
