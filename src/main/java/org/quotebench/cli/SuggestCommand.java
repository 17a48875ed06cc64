package org.quotebench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.quotebench.core.Article;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Plural;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Suggestion;
import org.quotebench.export.JsonShapes;
import org.quotebench.importer.ArticleReader;
import org.quotebench.importer.RefusedFile;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.SuggestionStore;
import org.quotebench.store.Workspace;
import org.quotebench.suggest.FinderTeacher;
import org.quotebench.suggest.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench suggest FILE_OR_ID...}: the quote finder's suggestions, stored only with --store. */
@Command(name = "suggest", description = {"Find the quotes and speakers in articles (files or article ids).",
        "Nothing is stored unless --store is given; then files are imported first and the suggestions are stored",
        "as quotes with status 'suggested' (spans the article already has a quote for are skipped).",
        "The finder uses what the workspace taught it: --learn teaches it the workspace's accepted quotes and their",
        "speakers (kept in the workspace), --forget goes back to the finder as shipped."})
final class SuggestCommand extends WorkspaceCommand {
    @Parameters(arity = "0..*", paramLabel = "FILE_OR_ID", description = "Article files, or ids of stored articles.")
    List<String> inputs = List.of();

    @Option(names = "--learn", description = "Teach the finder the speakers of the workspace's accepted quotes, then find"
            + " with what it learned (in this and later runs).")
    boolean learn;

    @Option(names = "--forget", description = "Forget what the workspace taught the finder: it finds as shipped again.")
    boolean forget;

    @Option(names = "--threads", paramLabel = "N", description = {"How many articles to find quotes in at once (default: one per core).",
        "Output comes in the order the articles were given either way."})
    Optional<Integer> threads = Optional.empty();

    @Option(names = "--store", description = "Store the suggestions in the workspace.")
    boolean store;

    @Override
    int run(Workspace workspace) {
        int wanted = threads();
        if (learn && forget) {
            throw new QuotebenchException("Give --learn or --forget, not both.");
        }
        if (inputs.isEmpty() && !learn && !forget) {
            throw new QuotebenchException("Give the articles to find quotes in (files or article ids), or --learn or --forget.");
        }
        if (forget) {
            boolean had = workspace.taughtFinder().forget();
            if (!json()) {
                err().println(had ? "Forgot what " + workspace.location() + " taught the finder: it finds as shipped again."
                        : "The finder had not been taught in " + workspace.location() + ": it finds as shipped.");
            }
        }
        if (learn) {
            report(FinderTeaching.learn(workspace, err()));
        }
        QuoteFinder finder = FinderTeaching.finder(workspace, warning -> err().println("Warning: " + warning));
        ArticleReader reader = new ArticleReader();
        boolean[] refused = {false};
        BiConsumer<Given, List<Suggestion>> found = (given, suggestions) -> {
            Source source = given.source();
            Optional<SuggestionStore.Stored> stored = Optional.empty();
            if (store) {
                long id = source.articleId().orElseGet(() -> importFile(workspace, source));
                stored = Optional.of(workspace.suggestions().store(id, suggestions, Optional.of("quote finder")));
            }
            print(given.input(), source, suggestions, stored);
        };
        Consumer<Given> refusal = given -> {
            err().println(given.refusal());
            refused[0] = true;
        };
        // stored files become articles as they are handed over: an id given with them may name one, so read in order then
        boolean idsAfterImports = store && inputs.stream().anyMatch(Ids::isNumber) && !inputs.stream().allMatch(Ids::isNumber);
        int at = idsAfterImports ? 1 : Math.min(wanted, Math.max(1, inputs.size()));
        try (FindingAhead<Given> finding = new FindingAhead<>(at, found, refusal)) {
            for (String input : inputs) {
                Source source;
                try {
                    source = source(workspace, reader, input);
                } catch (RefusedFile e) {
                    finding.refused(new Given(input, null, e.file() + ": " + e.reason()));
                    continue;
                } catch (RuntimeException e) {
                    finding.failed(new Given(input, null, null), e); // the articles before it are printed (and stored) first
                    continue;
                }
                finding.find(new Given(input, source, null), () -> finder.find(source.text(), source.language()));
            }
            finding.finish();
        }
        return refused[0] ? 2 : 0;
    }

    /** How many texts are read at once: --threads, else one per core. */
    private int threads() {
        if (threads.isPresent() && threads.get() < 1) {
            throw new QuotebenchException("--threads takes a number of 1 or more, not " + threads.get() + ".");
        }
        return threads.orElse(Runtime.getRuntime().availableProcessors());
    }

    /** An input as read: its text and where it comes from, or why it was refused. */
    private record Given(String input, Source source, String refusal) {
    }

    private void report(FinderTeaching.Report report) {
        var taught = report.taught();
        var outcome = report.outcome();
        if (json() && inputs.isEmpty()) {
            printJson(JsonShapes.MAPPER.createObjectNode().put("taught_quotes", taught.quotes()).put("articles", taught.articles())
                    .put("learned_from", outcome.learnedFrom()).put("right_before", outcome.rightBefore())
                    .put("right_after", outcome.rightAfter()).put("strength", outcome.strength()).put("taught_at", taught.taughtAt()));
            return;
        }
        err().println("Taught the finder " + Plural.of(taught.quotes(), "accepted quote") + " in "
                + Plural.of(taught.articles(), "article") + ". Of the " + outcome.learnedFrom()
                + " it finds there with the speaker among its candidates, it now ranks the right speaker first for "
                + outcome.rightAfter() + " (before: " + outcome.rightBefore() + "). " + FinderTeacher.describeStrength(outcome.strength()));
    }

    private void print(String input, Source source, List<Suggestion> suggestions, Optional<SuggestionStore.Stored> stored) {
        CodePointIndex index = new CodePointIndex(source.text());
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            if (inputs.size() > 1) {
                node.put("input", input);
            }
            ArrayNode quotes = node.putArray("quotes");
            suggestions.forEach(s -> quotes.add(JsonShapes.suggestion(index, s)));
            stored.ifPresent(s -> node.put("stored", s.added().size()).put("skipped", s.skipped()));
            if (inputs.size() > 1) {
                try {
                    out().println(JsonShapes.MAPPER.writeValueAsString(node)); // one object a line for several inputs
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A JSON tree always serialises", e);
                }
                out().flush();
            } else {
                printJson(node);
            }
            return;
        }
        out().println(input + ": " + suggestions.size() + (suggestions.size() == 1 ? " suggestion" : " suggestions")
                + stored.map(s -> ", " + s.added().size() + " stored, " + s.skipped() + " already there").orElse(""));
        Table table = new Table("START", "END", "KIND", "SPEAKER", "CONF", "TEXT");
        for (Suggestion s : suggestions) {
            table.row(Integer.toString(index.toCodePoint(s.span().start())), Integer.toString(index.toCodePoint(s.span().end())),
                    s.kind().code(), s.speaker().orElse("—"), String.format("%.2f", s.confidence()),
                    org.quotebench.core.Fragments.words(s.fragments(), s.text()));
        }
        if (!suggestions.isEmpty()) {
            table.print(out());
        }
        out().flush();
    }

    /** An input: a stored article's id, or else a file (read, not stored). */
    private static Source source(Workspace workspace, ArticleReader reader, String input) {
        if (Ids.isNumber(input) && !Files.exists(Path.of(input))) {
            Article article = workspace.articles().get(Ids.parse(input, "an article"));
            return new Source(article.text(), article.info().metadata().language(), Optional.of(article.id()), Optional.empty());
        }
        var draft = reader.read(Path.of(input));
        return new Source(draft.text(), draft.metadata().language(), Optional.empty(), Optional.of(draft));
    }

    private static long importFile(Workspace workspace, Source source) {
        ImportOutcome outcome = workspace.articles().importArticle(source.draft().orElseThrow());
        return outcome instanceof ImportOutcome.Imported imported ? imported.article().id()
                : ((ImportOutcome.Duplicate) outcome).existingArticleId();
    }

    /** Text to find quotes in, its language as stored or read (guessed by the finder when empty), and where it comes from. */
    private record Source(String text, Optional<String> language, Optional<Long> articleId, Optional<org.quotebench.core.ArticleDraft> draft) {
    }

}
