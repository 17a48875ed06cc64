package org.quotebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Event;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Verdict;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench quote edit ID …}: change a quote; accept or reject a suggestion with --status. */
@Command(name = "edit", description = {"Change a quote. Only the options given change.",
        "Accept or reject a suggestion with --status accepted|rejected."})
final class QuoteEditCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ID", description = "The quote id.")
    String id;

    @Option(names = "--status", paramLabel = "S", description = "suggested, accepted or rejected.")
    String status;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who said it (name or alias; created if new).")
    String speaker;

    @Option(names = "--no-speaker", description = "Remove the speaker.")
    boolean noSpeaker;

    @Option(names = "--kind", paramLabel = "K", description = "direct, partial or indirect.")
    String kind;

    @Option(names = "--verdict", paramLabel = "V", description = "unchecked, accurate, misquoted, out-of-context, unverifiable or fabricated.")
    String verdict;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (an empty text removes it).")
    String note;

    @Option(names = "--event", paramLabel = "NAME", description = "Replace the quote's events with these (repeatable).")
    List<String> events;

    @Option(names = "--no-events", description = "Remove all events.")
    boolean noEvents;

    @Option(names = "--start", paramLabel = "N", description = "New start (code points); give --end too.")
    Integer start;

    @Option(names = "--end", paramLabel = "N", description = "New end (exclusive).")
    Integer end;

    @Option(names = "--mention", paramLabel = "START:END", description = "Where the speaker is named.")
    String mention;

    @Option(names = "--no-mention", description = "Remove the mention.")
    boolean noMention;

    @Option(names = "--cue", paramLabel = "START:END", description = "The cue words in the text.")
    String cue;

    @Option(names = "--no-cue", description = "Remove the cue.")
    boolean noCue;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Who made the change.")
    String annotator;

    @Option(names = "--if-revision", paramLabel = "N", description = "Change it only if it is still at revision N (as "
            + "quote list --json gives it): if someone changed it since, nothing is changed and the message says who changed what "
            + "(no conflict when they made this same change).")
    Integer ifRevision;

    /** Speakers this command created, reported once it has succeeded. */
    private final List<String> created = new ArrayList<>();

    @Override
    int run(Workspace workspace) {
        long quoteId = Ids.parse(id, "a quote");
        if ((start == null) != (end == null)) {
            throw new QuotebenchException("Give --start and --end together to move a quote.");
        }
        boolean[] alreadySo = {false};
        Quote quote = workspace.change("Changing a quote", () -> {
            if (ifRevision == null) {
                return workspace.quotes().edit(quoteId, change(workspace, quoteId));
            }
            // changed since revision N and not refused: someone made this same change, nothing was stored
            alreadySo[0] = workspace.quotes().get(quoteId).revision().number() != ifRevision;
            return workspace.quotes().edit(quoteId, ifRevision, change(workspace, quoteId));
        });
        JsonShapes shapes = shapes(workspace);
        created.forEach(line -> err().println(line));
        if (json()) {
            printJson(shapes.quote(quote));
        } else {
            out().println(alreadySo[0] ? "Quote " + quote.id() + " already is so: " + quote.revision().changeSaid() + ". Nothing was changed."
                    : "Changed quote " + quote.id() + ".");
            QuoteTable.print(out(), List.of(quote), shapes);
        }
        return 0;
    }

    private QuoteChange change(Workspace workspace, long quoteId) {
        long articleId = workspace.quotes().get(quoteId).articleId();
        CodePointIndex index = new CodePointIndex(workspace.articles().get(articleId).text());
        Optional<List<Long>> eventIds = noEvents ? Optional.of(List.of())
                : Optional.ofNullable(events).map(names -> names.stream().map(n -> Ids.event(workspace, n)).map(Event::id).toList());
        return new QuoteChange(
                Optional.ofNullable(start).map(s -> index.toSpan(s, end)),
                Optional.ofNullable(kind).map(QuoteKind::parse),
                Optional.ofNullable(status).map(QuoteStatus::parse),
                Optional.ofNullable(verdict).map(Verdict::parse),
                Optional.ofNullable(note),
                Optional.ofNullable(speaker).map(n -> Ids.speakerForQuote(workspace, n, created).id()), noSpeaker,
                Optional.ofNullable(mention).map(m -> SpanOption.parse(m).in(index)), noMention,
                Optional.ofNullable(cue).map(c -> SpanOption.parse(c).in(index)), noCue,
                eventIds,
                Optional.ofNullable(annotator));
    }
}
