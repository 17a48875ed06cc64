package org.quotebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.PaneModel;
import org.quotebench.ui.inspector.InspectorEdits;
import org.quotebench.ui.undo.UndoHistory;

/**
 * Marking and changing quotes from the window: each action is one transaction in the background,
 * then shown in the pane and recorded for undo.
 */
public final class Annotating implements InspectorEdits {
    private final WorkspaceSession session;
    private final UndoHistory history = new UndoHistory();
    /** What the last action done here did, in a few words, for the status bar ("Accepted 4 suggestions"). */
    private final javafx.beans.property.ReadOnlyStringWrapper said = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final java.util.function.Supplier<PaneModel> focused;
    private final java.util.function.Supplier<List<PaneModel>> allPanes;
    private final ArticleDetailsEdits articleDetails;
    private final SuggestionDecisions decisions;
    /** The revisions this window's own changes gave quotes: its quick edits are no conflict with itself. */
    private final org.quotebench.ui.conflicts.OwnRevisions ownRevisions = new org.quotebench.ui.conflicts.OwnRevisions();
    /** Who marks the quotes marked here (their annotator), when the user said; on a server, else the database user. */
    private final javafx.beans.property.StringProperty annotator = new javafx.beans.property.SimpleStringProperty("");
    /** Asks what to do when someone else changed a quote this window was changing; until the window says, theirs is kept. */
    private org.quotebench.ui.conflicts.EditConflicts conflicts = (conflict, yours, replace) -> { };

    public Annotating(WorkspaceSession session, java.util.function.Supplier<PaneModel> focused,
            java.util.function.Supplier<List<PaneModel>> allPanes) {
        this.session = session;
        this.focused = focused;
        this.allPanes = allPanes;
        this.articleDetails = new ArticleDetailsEdits(session, this);
        this.decisions = new SuggestionDecisions(session, history, ownRevisions, this::say, this::show);
    }

    public UndoHistory history() {
        return history;
    }

    /** The name quotes marked in this window are recorded under ("" for none). */
    public javafx.beans.property.StringProperty annotatorProperty() {
        return annotator;
    }

    /** Who decides, when an edit meets someone else's change, whether theirs stays or the edit is made over it. */
    public void setConflicts(org.quotebench.ui.conflicts.EditConflicts conflicts) {
        this.conflicts = conflicts;
    }

    org.quotebench.ui.conflicts.EditConflicts conflicts() {
        return conflicts;
    }

    /**
     * An edit was refused because someone else changed the quote meanwhile: every pane shows it as stored
     * now, and the user keeps that or makes the edit over it ({@code again}, given the quote as stored).
     * Any other failure is reported as usual.
     */
    private void refused(Throwable problem, String description, java.util.function.Consumer<Quote> again) {
        if (problem instanceof org.quotebench.core.EditConflict conflict && conflict.current(Quote.class).isPresent()) {
            Quote current = conflict.current(Quote.class).get();
            show(current);
            session.refreshArticles(List.of(current.articleId()));
            say(conflict.getMessage());
            conflicts.decide(conflict, description, () -> again.accept(current));
        } else if (problem instanceof org.quotebench.core.EditConflict conflict) {
            session.refresh(); // a speaker or an article's details someone else changed: shown as stored, the step stays
            say(conflict.getMessage());
        } else {
            session.background().report(problem);
        }
    }

    /** What the last accept-all, undo or redo did (set again, even to the same words, each time). */
    public javafx.beans.property.ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    private void say(String words) {
        said.set("");
        said.set(words);
    }

    /** Tells the user something about the workspace in a short notice, as this window's own actions are told. */
    public void tell(String words) {
        say(words);
    }

    /** Marks a new quote over {@code span} of the focused pane's article. */
    public void markQuote(Span span, Runnable then) {
        PaneModel pane = focused.get();
        Optional<String> markedBy = Optional.of(annotator.get().strip()).filter(name -> !name.isEmpty());
        // A new quote is about its article's events until the user says otherwise.
        pane.article().ifPresent(article -> session.call("Marking a quote", ws -> ws.quotes().add(new QuoteDraft(article.id(), span,
                QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ws.events().ofArticle(article.id()).stream().map(org.quotebench.core.Event::id).toList(),
                markedBy, Optional.empty())), quote -> {
                    history.record(UndoHistory.Step.of("Mark quote", Optional.empty(), Optional.of(quote)));
                    show(quote);
                    session.refreshArticles(List.of(quote.articleId())); // the library's quote count
                    then.run();
                }));
    }

    /** The selected text names the speaker: it becomes the mention, and the speaker is found or created. */
    public void markSpeaker(Quote quote, Span mention, String name) {
        apply(quote, "Mark speaker", (ws, created) -> QuoteChange.none().withMention(mention)
                .withSpeaker(Optional.of(speakerNamed(ws, name, created))));
    }

    /** The speaker with this name or alias; a new one is added to {@code created}, for undo to take away again. */
    private static long speakerNamed(Workspace ws, String name, Created created) {
        return ws.speakers().findByName(name).orElseGet(() -> {
            org.quotebench.core.Speaker added = ws.speakers().findOrCreate(name);
            created.speakers().add(added);
            return added;
        }).id();
    }

    /** The selected words become another piece of the quote ("We will," she said, "and soon."): one quote, one step to undo. */
    public void addPiece(Quote quote, Span piece) {
        List<Span> pieces = new ArrayList<>(quote.fragments());
        pieces.add(piece);
        apply(quote, "Add piece", (ws, created) -> QuoteChange.none().withFragments(pieces));
    }

    public void markCue(Quote quote, Span cue) {
        apply(quote, "Mark cue", (ws, created) -> QuoteChange.none().withCue(cue));
    }

    public void delete(Quote quote) {
        session.call("Deleting a quote", ws -> ws.change("Deleting a quote", () -> {
            Quote before = ws.quotes().get(quote.id()); // as stored, not as the view last showed it
            ws.quotes().delete(quote.id(), ownRevisions.seen(quote)); // refused when someone else changed it since
            ownRevisions.forget(quote.id());
            return before;
        }), before -> {
            history.record(UndoHistory.Step.of("Delete quote", Optional.of(before), Optional.empty()));
            removeEverywhere(quote.id());
            session.refreshArticles(List.of(quote.articleId()));
        }, problem -> refused(problem, "Delete quote", this::delete));
    }

    @Override
    public void change(Quote quote, String description, UnaryOperator<QuoteChange> change) {
        apply(quote, description, (ws, created) -> change.apply(QuoteChange.none()));
    }

    @Override
    public void speaker(Quote quote, String name) {
        apply(quote, "Change speaker", (ws, created) -> QuoteChange.none().withSpeaker(name.isBlank() ? Optional.empty()
                : Optional.of(speakerNamed(ws, name, created))));
    }

    @Override
    public void events(Quote quote, List<String> names) {
        apply(quote, "Change events", (ws, created) -> {
            List<Long> ids = new ArrayList<>();
            for (String name : names) {
                ids.add(ws.events().findByName(name).orElseGet(() -> {
                    org.quotebench.core.Event added = ws.events().findOrCreate(name);
                    created.events().add(added);
                    return added;
                }).id());
            }
            return QuoteChange.none().withEvents(ids);
        });
    }

    /** Article > Edit details: one undoable step, asking as for quotes when someone else changed the details meanwhile. */
    public ArticleDetailsEdits articleDetails() {
        return articleDetails;
    }

    public void undo() {
        history.undo().ifPresent(step -> replay(step.reversed("Undoing " + step.description()), step, true,
                "Undone: " + step.description(), false));
    }

    public void redo() {
        history.redo().ifPresent(step -> replay(step.described("Redoing " + step.description()), step, false,
                "Redone: " + step.description(), false));
    }

    /**
     * Turns the stored quotes and speakers from a step's "before" snapshots into its "after" ones, in
     * one transaction: quotes and then speakers only in "before" are deleted, then the speakers in
     * "after" are restored (so restored quotes can name them), then the quotes.
     */
    private void replay(UndoHistory.Step change, UndoHistory.Step original, boolean undoing, String done, boolean overOthers) {
        List<Long> gone = vanished(change.before(), change.after(), Quote::id);
        List<Long> goneSpeakers = vanished(change.speakersBefore(), change.speakersAfter(), org.quotebench.core.Speaker::id);
        java.util.Set<Long> stepQuotes = new java.util.HashSet<>();
        java.util.stream.Stream.concat(change.before().stream(), change.after().stream()).forEach(q -> stepQuotes.add(q.id()));
        String doing = change.description();
        session.call(doing, ws -> ws.change(doing, () -> {
            if (!overOthers) { // nothing someone else changed after the step is put back over
                ownRevisions.refuseIfChangedBeyond(ws, change.before());
                change.speakersBefore().stream().filter(s -> change.speakersAfter().stream().anyMatch(a -> a.id() == s.id()))
                        .forEach(ws.speakers()::refuseIfChanged);
            }
            gone.forEach(ws.quotes()::delete);
            // Their quotes are restored below, with their speakers; a speaker a quote outside this step has taken up since stays.
            goneSpeakers.stream().filter(id -> usedOnlyBy(ws, id, stepQuotes)).forEach(ws.speakers()::delete);
            ws.speakers().restoreAll(change.speakersAfter());
            ws.events().restoreAll(vanishedItems(change.eventsBefore(), change.eventsAfter())); // created again (redo)
            List<Quote> restored = change.after().stream().map(q -> ownRevisions.own(ws.quotes().restore(q))).toList();
            // Created by the change undone, and used by no quote beyond it nor linked to an article: gone again.
            vanished(change.eventsBefore(), change.eventsAfter(), org.quotebench.core.Event::id)
                    .forEach(id -> ws.events().deleteIfUnusedBeyond(id, stepQuotes));
            for (org.quotebench.core.ArticleInfo a : change.articlesAfter()) {
                Optional<org.quotebench.core.ArticleInfo> expected = change.articlesBefore().stream().filter(b -> b.id() == a.id()).findFirst();
                if (expected.isPresent() && !overOthers) {
                    ws.articles().editMetadata(expected.get(), a.metadata()); // refused when someone else changed them since
                } else {
                    ws.articles().editMetadata(a.id(), a.metadata());
                }
            }
            return restored;
        }), restored -> {
            gone.forEach(this::removeEverywhere);
            restored.forEach(this::show);
            say(done);
            session.refreshArticles(change.articlesAfter().stream().map(org.quotebench.core.ArticleInfo::id).toList());
            if (change.speakersBefore().isEmpty() && change.speakersAfter().isEmpty()) {
                session.refreshArticles(java.util.stream.Stream.concat(change.before().stream(), change.after().stream())
                        .map(Quote::articleId).toList());
            } else {
                session.refresh();
            }
        }, problem -> {
            stays(original, undoing); // a step that could not be replayed stays where it was: the next undo does not skip it
            refused(problem, doing, current -> {
                // made over the other change on the user's word: the step is taken from the history again, if it is still next
                Optional<UndoHistory.Step> taken = undoing ? history.undo() : history.redo();
                if (taken.isPresent() && taken.get() == original) {
                    replay(change, original, undoing, done, true);
                } else {
                    taken.ifPresent(other -> stays(other, undoing));
                    say("Something else was done meanwhile: " + (undoing ? "undo" : "redo") + " again to go on.");
                }
            });
        });
    }

    /** Puts a step taken for undo (or redo) back where it was. */
    private void stays(UndoHistory.Step step, boolean undoing) {
        if (undoing) {
            history.undoFailed(step);
        } else {
            history.redoFailed(step);
        }
    }

    private static boolean usedOnlyBy(Workspace ws, long speakerId, java.util.Set<Long> quotes) {
        return ws.quotes().list(new org.quotebench.store.QuoteFilter(Optional.empty(), Optional.of(speakerId), Optional.empty(),
                Optional.empty())).stream().allMatch(q -> quotes.contains(q.id()));
    }

    /** What {@code after} has that {@code before} lacks. */
    private static List<org.quotebench.core.Event> vanishedItems(List<org.quotebench.core.Event> before,
            List<org.quotebench.core.Event> after) {
        java.util.Set<Long> had = new java.util.HashSet<>();
        before.forEach(e -> had.add(e.id()));
        return after.stream().filter(e -> !had.contains(e.id())).toList();
    }

    private static <T> List<Long> vanished(List<T> before, List<T> after, java.util.function.ToLongFunction<T> id) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        after.forEach(item -> kept.add(id.applyAsLong(item)));
        return before.stream().map(id::applyAsLong).filter(i -> !kept.contains(i)).toList();
    }

    /** Records a change to speakers that was made elsewhere (the Speakers view), shows its quotes, refreshes. */
    public void speakersChanged(UndoHistory.Step step) {
        history.record(step);
        step.after().forEach(this::show);
        session.refresh();
    }

    /** Shows quotes the finder just stored, as one undoable step. */
    public void found(List<Quote> added) {
        if (!added.isEmpty()) {
            history.record(new UndoHistory.Step("Find quotes", List.of(), added));
            added.forEach(q -> {
                for (PaneModel pane : allPanes.get()) {
                    pane.add(q);
                }
            });
        }
        session.refresh();
    }

    /** Accepts or rejects suggestions (one undo step for all of them). */
    public void setStatus(List<Quote> quotes, QuoteStatus status, String description) {
        decisions.setStatus(quotes, status, description);
    }

    /**
     * What a change of one quote did, read inside its transaction, with the speakers it created;
     * {@code othersFirst} when someone else had changed the quote since this window saw it.
     */
    private record Edited(Quote before, Quote after, Created created, boolean othersFirst) {
    }

    /** A change of one quote, worked out inside its transaction; speakers and events it creates go into {@code created}. */
    private interface Edit {
        QuoteChange of(Workspace ws, Created created);
    }

    /** The speakers and events a change created, for undo to take away again. */
    private record Created(List<org.quotebench.core.Speaker> speakers, List<org.quotebench.core.Event> events) {
    }

    private void apply(Quote quote, String description, Edit change) {
        session.call(description, ws -> ws.change(description, () -> {
            Quote before = ws.quotes().get(quote.id()); // not the view's copy: an edit still on its way has changed it
            Created created = new Created(new ArrayList<>(), new ArrayList<>());
            // Made on the revision the view showed (or this window's own newer one): refused when someone else changed it since.
            int seen = ownRevisions.seen(quote);
            Quote edited = ws.quotes().edit(quote.id(), seen, change.of(ws, created));
            // given back as someone else left it (they made this same change): their revision, not this window's
            Quote after = org.quotebench.ui.conflicts.OwnRevisions.theirs(edited, seen, before) ? edited : ownRevisions.own(edited);
            return new Edited(before, after, created, seen != before.revision().number());
        }), done -> {
            Quote before = done.before();
            Quote changed = done.after();
            if (changed.equals(before)) { // nothing to change, nothing to undo: it already was so
                show(changed);
                if (done.othersFirst()) { // someone else made the same change meanwhile: no conflict, nothing to ask
                    say(org.quotebench.ui.conflicts.AlreadyThere.said(changed.revision()));
                }
                return;
            }
            // A speaker the change created is part of it: undo takes it away again (unless another quote uses it by then).
            history.record(new UndoHistory.Step(description, List.of(before), List.of(changed), List.of(), done.created().speakers(),
                    List.of(), done.created().events()));
            show(changed);
            if (!changed.speaker().equals(before.speaker()) || !changed.events().equals(before.events())) {
                session.refresh();
            }
        }, problem -> refused(problem, description, current -> apply(current, description, change)));
    }

    private void show(Quote quote) {
        for (PaneModel pane : allPanes.get()) {
            pane.put(quote);
        }
    }

    private void removeEverywhere(long quoteId) {
        for (PaneModel pane : allPanes.get()) {
            pane.remove(quoteId);
        }
    }
}
