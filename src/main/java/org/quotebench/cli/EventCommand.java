package org.quotebench.cli;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench event …}: add, list, change, link and unlink events. */
@Command(name = "event", description = "Add, list, change, link or unlink events.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {EventCommand.Add.class, EventCommand.ListAll.class, EventCommand.Edit.class, EventCommand.Link.class,
                EventCommand.Unlink.class})
final class EventCommand {
    @Mixin
    CommonOptions options;

    static String describe(Event e) {
        StringBuilder line = new StringBuilder(e.id() + "  " + e.name());
        if (e.startsOn().isPresent()) {
            line.append("  ").append(e.startsOn().get());
            e.endsOn().filter(end -> !end.equals(e.startsOn().get())).ifPresent(end -> line.append(" to ").append(end));
        }
        e.place().ifPresent(p -> line.append("  ").append(p));
        return line.toString();
    }

    @Command(name = "add", description = "Add an event.")
    static final class Add extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "A short name, e.g. \"Harbour bridge vote\".")
        String name;

        @Option(names = "--starts", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
        String starts;

        @Option(names = "--ends", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
        String ends;

        @Option(names = "--place", paramLabel = "P", description = "Where it happened.")
        String place;

        @Option(names = "--description", paramLabel = "TEXT", description = "What happened.")
        String description;

        @Override
        int run(Workspace workspace) {
            Event event = workspace.events().add(new EventDraft(name, Optional.ofNullable(starts), Optional.ofNullable(ends),
                    Optional.ofNullable(place), Optional.ofNullable(description)));
            if (json()) {
                printJson(shapes(workspace).event(event));
            } else {
                out().println("Added event " + describe(event));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List events.")
    static final class ListAll extends WorkspaceCommand {
        @Override
        int run(Workspace workspace) {
            List<Event> events = workspace.events().list();
            if (json()) {
                JsonShapes shapes = shapes(workspace);
                printJson(shapes.array(events, shapes::event));
            } else if (events.isEmpty()) {
                out().println("No events yet.");
            } else {
                events.forEach(e -> out().println(describe(e)));
            }
            return 0;
        }
    }

    @Command(name = "link", description = "Link an article to an event it covers.")
    static final class Link extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "EVENT", description = "The event (id, or name; created if new).")
        String event;

        @Parameters(index = "1", paramLabel = "ARTICLE", description = "The article id.")
        String article;

        @Override
        int run(Workspace workspace) {
            long articleId = workspace.articles().get(Ids.parse(article, "an article")).id();
            Event linked = workspace.change("Linking an article to an event",
                    () -> workspace.events().link(Ids.event(workspace, event).id(), articleId));
            if (json()) {
                printJson(shapes(workspace).event(linked));
            } else {
                out().println("Linked article " + articleId + " to event " + describe(linked));
            }
            return 0;
        }
    }

    @Command(name = "edit", description = {"Change an event: only the options given change; an empty value (\"\") clears",
            "a date, the place or the description."})
    static final class Edit extends WorkspaceCommand {
        @Parameters(paramLabel = "EVENT", description = "The event (id or name).")
        String event;

        @Option(names = "--name", paramLabel = "NAME", description = "The new name.")
        String name;

        @Option(names = "--starts", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
        String starts;

        @Option(names = "--ends", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
        String ends;

        @Option(names = "--place", paramLabel = "P", description = "Where it happened.")
        String place;

        @Option(names = "--description", paramLabel = "TEXT", description = "What happened.")
        String description;

        @Override
        int run(Workspace workspace) {
            Event e = existing(workspace, event);
            Event changed = workspace.events().update(e.id(), new EventDraft(name == null ? e.name() : name,
                    SpeakerEditCommand.field(starts, e.startsOn()), SpeakerEditCommand.field(ends, e.endsOn()),
                    SpeakerEditCommand.field(place, e.place()), SpeakerEditCommand.field(description, e.description())));
            if (json()) {
                printJson(shapes(workspace).event(changed));
            } else {
                out().println("Changed event " + describe(changed));
            }
            return 0;
        }
    }

    @Command(name = "unlink", description = "Unlink an article from an event (its quotes keep their events).")
    static final class Unlink extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "EVENT", description = "The event (id or name).")
        String event;

        @Parameters(index = "1", paramLabel = "ARTICLE", description = "The article id.")
        String article;

        @Override
        int run(Workspace workspace) {
            long articleId = workspace.articles().get(Ids.parse(article, "an article")).id();
            Event unlinked = workspace.events().unlink(existing(workspace, event).id(), articleId);
            if (json()) {
                printJson(shapes(workspace).event(unlinked));
            } else {
                out().println("Unlinked article " + articleId + " from event " + describe(unlinked));
            }
            return 0;
        }
    }

    /** An existing event by id or name; an unknown name is refused, not created. */
    static Event existing(Workspace workspace, String idOrName) {
        if (idOrName.chars().allMatch(Character::isDigit)) {
            return Ids.event(workspace, idOrName);
        }
        return workspace.events().findByName(idOrName).orElseThrow(() -> new org.quotebench.core.QuotebenchException(
                "No event named '" + idOrName + "'. 'quotebench event list' shows them."));
    }
}
