package org.quotebench.ui.actions;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The window's actions by id, one for every {@link ActionId}, in the ids' order. */
public final class Actions {
    private final Map<ActionId, Action> byId;

    public Actions(List<Action> actions) {
        Map<ActionId, Action> map = new EnumMap<>(ActionId.class);
        for (Action action : actions) {
            if (map.put(action.id(), action) != null) {
                throw new IllegalArgumentException("Two actions for " + action.id());
            }
        }
        for (ActionId id : ActionId.values()) {
            if (!map.containsKey(id)) {
                throw new IllegalArgumentException("No action for " + id);
            }
        }
        this.byId = map;
    }

    public Action get(ActionId id) {
        return byId.get(id);
    }

    /** Every action, in the order the ids are declared (the shortcuts sheet's order). */
    public Collection<Action> all() {
        return byId.values();
    }
}
