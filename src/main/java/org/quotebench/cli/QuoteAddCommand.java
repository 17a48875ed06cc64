package org.quotebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Article;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench quote add ARTICLE --start N --end N …} or {@code --span S:E} once per piece. */
@Command(name = "add", description = {"Mark a quote in an article. Offsets count characters (Unicode code points), "
        + "end exclusive.", "A quote its attribution interrupts is one quote in several pieces: give --span once per piece.",
    "A speaker or event named that does not exist yet is created."})
final class QuoteAddCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ARTICLE", description = "The article id.")
    String article;

    @Option(names = "--start", paramLabel = "N", description = "Where the quote starts (code points); give --end too, or --span instead.")
    Integer start;

    @Option(names = "--end", paramLabel = "N", description = "Where the quote ends (exclusive).")
    Integer end;

    @Option(names = "--span", paramLabel = "START:END",
            description = "A piece of the quote (repeatable: \"We will,\" she said, \"and soon.\" is one quote in two pieces).")
    List<String> spans = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT", description = "The quoted text, checked against the article; refused if it differs "
            + "(for a quote in pieces: the pieces' texts with ' … ' between them).")
    String text;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who said it (name or alias; created if new).")
    String speaker;

    @Option(names = "--kind", paramLabel = "K", defaultValue = "direct", description = "direct, partial or indirect (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--status", paramLabel = "S", defaultValue = "accepted", description = "suggested, accepted or rejected (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--event", paramLabel = "NAME", description = "An event the quote is about (repeatable; created if new).")
    List<String> events = new ArrayList<>();

    @Option(names = "--verdict", paramLabel = "V", defaultValue = "unchecked",
            description = "unchecked, accurate, misquoted, out-of-context, unverifiable or fabricated (default: ${DEFAULT-VALUE}).")
    String verdict;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for colleagues.")
    String note;

    @Option(names = "--mention", paramLabel = "START:END", description = "Where the speaker is named in the text.")
    String mention;

    @Option(names = "--cue", paramLabel = "START:END", description = "The cue words (\"said\") in the text.")
    String cue;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Who marked the quote.")
    String annotator;

    private QuoteDraft draft(Workspace workspace, Article target) {
        CodePointIndex index = new CodePointIndex(target.text());
        QuoteKind quoteKind = QuoteKind.parse(kind);
        QuoteStatus quoteStatus = QuoteStatus.parse(status);
        Verdict quoteVerdict = Verdict.parse(verdict);
        List<Span> pieces = pieces(index);
        return new QuoteDraft(target.id(), pieces.get(0), quoteKind, quoteStatus, quoteVerdict,
                Optional.ofNullable(note), Optional.ofNullable(speaker).map(n -> Ids.speakerForQuote(workspace, n, created).id()),
                Optional.ofNullable(mention).map(m -> SpanOption.parse(m).in(index)),
                Optional.ofNullable(cue).map(c -> SpanOption.parse(c).in(index)),
                events.stream().map(name -> Ids.event(workspace, name)).map(Event::id).toList(),
                Optional.ofNullable(annotator), Optional.ofNullable(text)).withFragments(pieces);
    }

    /** The pieces given with --span, or the one from --start and --end. */
    private List<Span> pieces(CodePointIndex index) {
        if (!spans.isEmpty()) {
            if (start != null || end != null) {
                throw new QuotebenchException("Give the quote's place with --start and --end, or with --span (once per piece), not both.");
            }
            List<SpanOption> given = spans.stream().map(SpanOption::parse).sorted(java.util.Comparator.comparingInt(SpanOption::start)).toList();
            for (int i = 1; i < given.size(); i++) {
                if (given.get(i).start() < given.get(i - 1).end()) { // said in the user's own numbers (code points)
                    throw new QuotebenchException("The pieces " + given.get(i - 1).start() + ":" + given.get(i - 1).end() + " and "
                            + given.get(i).start() + ":" + given.get(i).end() + " overlap; a quote's pieces lie apart.");
                }
            }
            return given.stream().map(s -> s.in(index)).toList();
        }
        if (start == null || end == null) {
            throw new QuotebenchException("Say where the quote is: --start N --end N, or --span START:END once per piece.");
        }
        return List.of(index.toSpan(start, end));
    }

    /** Speakers this command created, reported once it has succeeded. */
    private final List<String> created = new ArrayList<>();

    @Override
    int run(Workspace workspace) {
        Article target = workspace.articles().get(Ids.parse(article, "an article"));
        Quote quote = workspace.change("Adding a quote", () -> workspace.quotes().add(draft(workspace, target)));
        JsonShapes shapes = new JsonShapes(id -> target.text());
        created.forEach(line -> err().println(line));
        if (json()) {
            printJson(shapes.quote(quote));
        } else {
            out().println("Added quote " + quote.id() + " to article " + target.id() + ".");
            QuoteTable.print(out(), List.of(quote), shapes);
        }
        return 0;
    }
}
