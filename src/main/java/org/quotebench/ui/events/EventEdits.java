package org.quotebench.ui.events;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.ui.WorkspaceSession;
import org.quotebench.ui.conflicts.EditConflicts;
import org.quotebench.ui.conflicts.FieldEdit;

/**
 * The Events table's edits of one field, stored on the workspace thread and refused when someone else
 * changed the event since the table showed it (issue 25): the table then shows the event as stored
 * now and the user keeps that or makes the edit over it, on the stored event, so that only the field
 * typed in changes.
 */
final class EventEdits implements FieldEdit<Event, EventDraft> {
    private final WorkspaceSession session;
    private final EditConflicts conflicts;
    private final Consumer<String> say;
    private final Runnable changed;

    /**
     * @param say hears what was done, or why not
     * @param changed runs after an edit was stored, or refused (the table shows the events as stored)
     */
    EventEdits(WorkspaceSession session, EditConflicts conflicts, Consumer<String> say, Runnable changed) {
        this.session = session;
        this.conflicts = conflicts;
        this.say = say;
        this.changed = changed;
    }

    @Override
    public void edit(Event seen, String field, Function<Event, EventDraft> draftOf) {
        java.util.Optional<EventDraft> made = FieldEdit.draft(draftOf, seen, say);
        if (made.isEmpty()) {
            changed.run();
            return;
        }
        EventDraft draft = made.get();
        session.call("Changing events", ws -> ws.events().update(seen, draft), stored -> {
            say.accept("Changed " + stored.name() + ".");
            session.refresh();
            changed.run();
        }, problem -> {
            java.util.Optional<String> already = FieldEdit.alreadyThere(problem, Event.class, draftOf, EventDraft::of);
            say.accept(already.orElse(problem.getMessage()));
            if (problem instanceof EditConflict) {
                session.refresh(); // the table shows the event as stored now, to keep or to change again
            }
            changed.run();
            if (already.isEmpty()) { // someone else typed the same: nothing to decide
                conflicts.offer(problem, Event.class, "Change " + field.toLowerCase(Locale.ROOT), current -> edit(current, field, draftOf));
            }
        });
    }
}
