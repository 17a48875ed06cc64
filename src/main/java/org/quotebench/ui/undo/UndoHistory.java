package org.quotebench.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;

/**
 * Undo and redo of annotation changes, as before/after snapshots of quotes and speakers. Kept for as long as
 * the workspace is open in the window (not across restarts: see the README).
 */
public final class UndoHistory {
    /**
     * One change of one or more quotes and speakers: each as it was before (absent when it was
     * created) and after (absent when it was deleted). A merge of speakers is one step: both speakers
     * and the moved quotes before, the kept speaker and the quotes after. Events appear only when the
     * change created them (a new name typed in the inspector): absent before, present after. Articles
     * appear when their details (title, outlet…) changed: as they were, and as they are after.
     */
    public record Step(String description, List<Quote> before, List<Quote> after, List<Speaker> speakersBefore,
            List<Speaker> speakersAfter, List<Event> eventsBefore, List<Event> eventsAfter, List<ArticleInfo> articlesBefore,
            List<ArticleInfo> articlesAfter) {
        public Step {
            before = List.copyOf(before);
            after = List.copyOf(after);
            speakersBefore = List.copyOf(speakersBefore);
            speakersAfter = List.copyOf(speakersAfter);
            eventsBefore = List.copyOf(eventsBefore);
            eventsAfter = List.copyOf(eventsAfter);
            articlesBefore = List.copyOf(articlesBefore);
            articlesAfter = List.copyOf(articlesAfter);
        }

        /** A step that changes no article's details. */
        public Step(String description, List<Quote> before, List<Quote> after, List<Speaker> speakersBefore,
                List<Speaker> speakersAfter, List<Event> eventsBefore, List<Event> eventsAfter) {
            this(description, before, after, speakersBefore, speakersAfter, eventsBefore, eventsAfter, List.of(), List.of());
        }

        /** A change of articles' details alone. */
        public static Step ofArticles(String description, List<ArticleInfo> before, List<ArticleInfo> after) {
            return new Step(description, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), before, after);
        }

        /** A step that changes no events (beyond the quotes' links to them). */
        public Step(String description, List<Quote> before, List<Quote> after, List<Speaker> speakersBefore,
                List<Speaker> speakersAfter) {
            this(description, before, after, speakersBefore, speakersAfter, List.of(), List.of());
        }

        /** The same change under another description (what redo replays). */
        public Step described(String description) {
            return new Step(description, before, after, speakersBefore, speakersAfter, eventsBefore, eventsAfter, articlesBefore,
                    articlesAfter);
        }

        /** The same change the other way round: what undo replays. */
        public Step reversed(String description) {
            return new Step(description, after, before, speakersAfter, speakersBefore, eventsAfter, eventsBefore, articlesAfter,
                    articlesBefore);
        }

        public Step(String description, List<Quote> before, List<Quote> after) {
            this(description, before, after, List.of(), List.of());
        }

        public static Step of(String description, Optional<Quote> before, Optional<Quote> after) {
            return new Step(description, before.stream().toList(), after.stream().toList());
        }
    }

    private static final int MOST = 500;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public void record(Step step) {
        done.push(step);
        if (done.size() > MOST) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** The step to undo, moved to the redo side. */
    public Optional<Step> undo() {
        Step step = done.poll();
        if (step != null) {
            undone.push(step);
        }
        update();
        return Optional.ofNullable(step);
    }

    /** The step to redo, moved back to the undo side. */
    public Optional<Step> redo() {
        Step step = undone.poll();
        if (step != null) {
            done.push(step);
        }
        update();
        return Optional.ofNullable(step);
    }

    /** An undo that could not be replayed: the step goes back to the undo side, so nothing is skipped. */
    public void undoFailed(Step step) {
        if (undone.peek() == step) {
            undone.pop();
            done.push(step);
            update();
        }
    }

    /** A redo that could not be replayed: the step goes back to the redo side. */
    public void redoFailed(Step step) {
        if (done.peek() == step) {
            done.pop();
            undone.push(step);
            update();
        }
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
