package org.quotebench.cli;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quotebench quote list [--article ID] [--speaker NAME] [--event NAME] [--status S]}. */
@Command(name = "list", description = "List quotes, all or filtered by article, speaker, event or status.")
final class QuoteListCommand extends WorkspaceCommand {
    @Option(names = "--article", paramLabel = "ID", description = "Only this article's quotes.")
    String article;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this speaker (name, alias or id).")
    String speaker;

    @Option(names = "--event", paramLabel = "NAME", description = "Only quotes about this event (name or id).")
    String event;

    @Option(names = "--status", paramLabel = "S", description = "Only suggested, accepted or rejected quotes.")
    String status;

    @Override
    int run(Workspace workspace) {
        Optional<Long> articleId = Optional.ofNullable(article).map(a -> workspace.articles().get(Ids.parse(a, "an article")).id());
        Optional<Speaker> who = Optional.ofNullable(speaker).flatMap(s -> Ids.isNumber(s)
                ? Optional.of(workspace.speakers().get(Ids.parse(s, "a speaker"))) : workspace.speakers().findByName(s));
        Optional<Event> about = Optional.ofNullable(event).flatMap(e -> Ids.isNumber(e)
                ? Optional.of(workspace.events().get(Ids.parse(e, "an event"))) : workspace.events().findByName(e));
        // A name that matches nothing has no quotes: the answer is an empty list, not an error.
        boolean unmatched = speaker != null && who.isEmpty() || event != null && about.isEmpty();
        if (speaker != null && who.isEmpty()) {
            err().println(Ids.noSpeaker(workspace, speaker));
        }
        if (event != null && about.isEmpty()) {
            err().println(Ids.noEvent(workspace, event));
        }
        List<Quote> quotes = unmatched ? List.of() : workspace.quotes().list(new QuoteFilter(articleId,
                who.map(Speaker::id), about.map(Event::id), Optional.ofNullable(status).map(QuoteStatus::parse)));
        JsonShapes shapes = shapes(workspace);
        if (json()) {
            printJson(shapes.array(quotes, shapes::quote));
        } else {
            QuoteTable.print(out(), quotes, shapes);
        }
        return 0;
    }
}
