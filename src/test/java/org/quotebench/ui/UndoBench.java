package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quotebench.ui.jobs.Background;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.PaneModel;

/**
 * A workspace with one article open in a pane and an {@link Annotating} on it, without a window: the
 * workspace thread is a queue that a test runs when it likes (so two changes can be sent before the
 * first is stored, as on a busy workspace thread), and the FX thread is the test's own.
 *
 * <p>The article has an emoji and a combining accent before its quotes, so a span counted in code
 * points, or in composed characters, would land elsewhere. It holds two suggested quotes, the second
 * said by "R. Okafor"; the third quote of the text is not marked. Two speakers and two events exist.
 */
public final class UndoBench implements AutoCloseable {
    public static final String TEXT = "Bridge vote\n\n👍🏽 At the Cafe\u0301 du Pont, owners waited. "
            + "“The bridge will be open by May,” Renée Okafor said. “We have the money,” Ms Okafor added. "
            + "“Work starts in June,” the council said.";
    public static final String FIRST = "“The bridge will be open by May,”";
    public static final String SECOND = "“We have the money,”";
    public static final String THIRD = "“Work starts in June,”";

    /** What the store holds, read with a connection of its own: every field, timestamps and speakers' aliases too. */
    public record Stored(List<Quote> quotes, List<Speaker> speakers, List<Event> events) {
    }

    private final Path folder;
    private final Path file;
    private final List<Runnable> workspaceThread = new ArrayList<>();
    private final List<Throwable> shown = new ArrayList<>();
    private final WorkspaceSession session;
    private final PaneModel pane = new PaneModel();
    private final Annotating annotating;
    private final long article;

    /** In a folder of its own, removed on {@link #close}. */
    public UndoBench() {
        try {
            folder = Files.createTempDirectory("quotebench-undo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = folder.resolve("undo.qb");
        try (Workspace ws = Workspace.open(file)) {
            article = ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(TEXT, new ArticleMetadata(
                    Optional.of("Bridge vote"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    "UTF-8", "bridge.txt"))).article().id();
            ws.speakers().add(new SpeakerDraft("Renée Okafor", SpeakerKind.PERSON, Optional.of("Mayor"),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of("Mayor Okafor")));
            Speaker other = ws.speakers().add(new SpeakerDraft("R. Okafor", SpeakerKind.PERSON, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of("Ms Okafor")));
            long bridge = ws.events().findOrCreate("Bridge vote").id();
            ws.events().link(bridge, article);
            ws.events().findOrCreate("City budget");
            ws.quotes().add(new QuoteDraft(article, span(FIRST), QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
            ws.quotes().add(new QuoteDraft(article, span(SECOND), QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED,
                    Optional.empty(), Optional.of(other.id()), Optional.of(span("Ms Okafor")), Optional.of(span("added")),
                    List.of(bridge), Optional.empty(), Optional.empty()));
            pane.show(ws.articles().get(article), ws.quotes().ofArticle(article));
        }
        session = new WorkspaceSession(new Background(shown::add, workspaceThread::add, Runnable::run));
        session.open(file, () -> { }, shown::add);
        runWorkspaceThread();
        annotating = new Annotating(session, () -> pane, () -> List.of(pane));
    }

    /** Where {@code part} is in the article, in Java string indices. */
    public static Span span(String part) {
        int start = TEXT.indexOf(part);
        assertThat(start).as(part).isNotNegative();
        return new Span(start, start + part.length());
    }

    public Annotating annotating() {
        return annotating;
    }

    public WorkspaceSession session() {
        return session;
    }

    public PaneModel pane() {
        return pane;
    }

    public long article() {
        return article;
    }

    /** Runs what was sent to the workspace thread, and what that sends on, until nothing is left. */
    public void runWorkspaceThread() {
        while (!workspaceThread.isEmpty()) {
            workspaceThread.remove(0).run();
        }
    }

    public <T> T read(Function<Workspace, T> reading) {
        try (Workspace ws = Workspace.open(file)) {
            return reading.apply(ws);
        }
    }

    /** What is stored, the quotes' revisions left out: undo puts back what a quote says, and its revision counts on. */
    public Stored stored() {
        return read(ws -> new Stored(ws.quotes().list(QuoteFilter.all()).stream()
                .map(q -> q.withRevision(org.quotebench.core.Revision.FIRST)).toList(), ws.speakers().list(), ws.events().list()));
    }

    /** The stored quote over {@code part} of the article. */
    public Quote quote(String part) {
        Span span = span(part);
        return stored().quotes().stream().filter(q -> q.span().equals(span)).findFirst().orElseThrow();
    }

    public Speaker speaker(String name) {
        return read(ws -> ws.speakers().findByName(name).orElseThrow());
    }

    public Event event(String name) {
        return read(ws -> ws.events().findByName(name).orElseThrow());
    }

    /**
     * Undoes the last step, which took the store from {@code before} to what it holds now: it holds
     * exactly {@code before} again; then redoes it: it holds exactly what it held.
     */
    public void undoAndRedo(Stored before) {
        Stored after = stored();
        undo();
        assertThat(stored()).as("undone").isEqualTo(before);
        redo();
        assertThat(stored()).as("redone").isEqualTo(after);
    }

    /**
     * Undoes the last two steps one at a time, {@code afterTheFirst} checking the store between the
     * two, and redoes them: the store holds exactly what it held after the first, before both
     * ({@code before}), after the first again, and after both again.
     */
    public void undoAndRedoTwo(Stored before, Runnable afterTheFirst) {
        Stored both = stored();
        undo();
        afterTheFirst.run();
        undoAndRedo(before);
        redo();
        assertThat(stored()).as("both redone").isEqualTo(both);
    }

    public void undo() {
        annotating.undo();
        runWorkspaceThread();
    }

    public void redo() {
        annotating.redo();
        runWorkspaceThread();
    }

    /** Closes the workspace and removes its folder; nothing went wrong on the way: no failure was shown to the user. */
    @Override
    public void close() {
        try {
            session.close();
            runWorkspaceThread();
        } finally {
            remove(folder);
        }
        assertThat(shown).as("failures shown to the user").isEmpty();
    }

    private static void remove(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
