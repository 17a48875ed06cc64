package org.quotebench.ui;

import org.quotebench.ui.jobs.Background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.ui.inspector.InspectorEdits;
import org.quotebench.ui.inspector.InspectorView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20.1-2, on the inspector itself (in a scene that is never shown): an event typed for quote A
 * never lands on quote B, and Enter stores a typed speaker.
 */
class InspectorEditsTest {
    private final List<String> edits = new CopyOnWriteArrayList<>();
    private final InspectorEdits recorder = new InspectorEdits() {
        @Override
        public void change(Quote quote, String description, UnaryOperator<QuoteChange> change) {
            edits.add(quote.id() + " " + description + (quote.revision().number() > 1 ? " on revision " + quote.revision().number() : ""));
        }

        @Override
        public void speaker(Quote quote, String name) {
            edits.add(quote.id() + " speaker " + name);
        }

        @Override
        public void events(Quote quote, List<String> names) {
            edits.add(quote.id() + " events " + names);
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anEventTypedForOneQuoteNeverLandsOnTheNext() throws Exception {
        fx(() -> {
            InspectorView inspector = inspector();
            ComboBox<String> addEvent = combo(inspector, "Add an event…");
            inspector.quoteProperty().set(quote(1));
            addEvent.getEditor().setText("Ferry strike");
            Event.fireEvent(addEvent, enter());
            assertThat(edits).containsExactly("1 events [Ferry strike]");
            assertThat(addEvent.getEditor().getText()).isEmpty();
            assertThat(addEvent.getValue()).isNull();

            inspector.quoteProperty().set(quote(2));
            assertThat(addEvent.getEditor().getText()).isEmpty();
            addEvent.commitValue(); // what the box does when the focus leaves it
            ComboBox<String> speaker = combo(inspector, "Who said it?");
            speaker.getEditor().setText("Tom Hale");
            Event.fireEvent(speaker, enter());
            assertThat(edits).containsExactly("1 events [Ferry strike]", "2 speaker Tom Hale");
        });
    }

    /**
     * Issue 25: someone else's note arrives (the window's look) while a note is being typed for the same
     * quote: the typing stays on screen, and its change is made on the revision the typing started from,
     * so the store refuses it and the user is asked, instead of it overwriting their note unseen. A
     * refresh that left the note alone moves the typing onto the new revision.
     */
    @Test
    void aNoteTypedWhileSomeoneElsesNoteArrivesIsAChangeOfTheNoteTypedOver() throws Exception {
        fx(() -> {
            InspectorView inspector = inspector();
            TextArea note = (TextArea) inspector.lookup(".text-area");
            inspector.quoteProperty().set(quote(3));
            note.setText("Checked");
            inspector.quoteProperty().set(revised(quote(3), 2, Optional.of("Cut before the second sentence."), Verdict.MISQUOTED));
            assertThat(note.getText()).as("the typing stays").isEqualTo("Checked");
            inspector.flush();
            assertThat(edits).containsExactly("3 Change note"); // on revision 1: the store refuses it
            // refused: the window shows the quote as stored now
            inspector.quoteProperty().set(revised(quote(3), 2, Optional.of("Cut before the second sentence."), Verdict.MISQUOTED));
            assertThat(note.getText()).as("theirs, once ours was sent").isEqualTo("Cut before the second sentence.");
            inspector.flush();
            assertThat(edits).as("keeping theirs sends nothing again").hasSize(1);

            edits.clear();
            inspector.quoteProperty().set(quote(4));
            note.setText("Sourced");
            inspector.quoteProperty().set(revised(quote(4), 2, Optional.empty(), Verdict.ACCURATE)); // the note untouched
            inspector.flush();
            assertThat(edits).containsExactly("4 Change note on revision 2");
        });
    }

    private static Quote revised(Quote q, int revision, Optional<String> note, Verdict verdict) {
        return new Quote(q.id(), q.uuid(), q.articleId(), q.span(), q.exact(), q.kind(), q.status(), verdict, note, q.speaker(),
                q.mention(), q.cue(), q.events(), q.annotator(), q.createdAt(), q.updatedAt(), q.fragments(),
                new org.quotebench.core.Revision(revision, Optional.of("ana"), List.of("note")));
    }

    @Test
    void enterStoresTheSpeakerTypedOverTheFindersProposal() throws Exception {
        fx(() -> {
            InspectorView inspector = inspector();
            inspector.quoteProperty().set(quote(7));
            ComboBox<String> speaker = combo(inspector, "Who said it?");
            speaker.getEditor().setText("Renée Okafor");
            Event.fireEvent(speaker, enter());
            assertThat(edits).containsExactly("7 speaker Renée Okafor");
        });
    }

    @Test
    void theFieldsStayWhereTheyAreWhateverTheQuotesLength() throws Exception {
        fx(() -> {
            InspectorView inspector = inspector();
            ComboBox<String> speaker = combo(inspector, "Who said it?");
            inspector.quoteProperty().set(quote(1));
            inspector.applyCss();
            inspector.layout();
            double shortQuote = speaker.localToScene(0, 0).getY();
            inspector.quoteProperty().set(new Quote(2, "uuid-2", 1, new Span(0, 5), "We will build it. ".repeat(40), QuoteKind.DIRECT,
                    QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), "", ""));
            inspector.applyCss();
            inspector.layout();
            assertThat(speaker.localToScene(0, 0).getY()).isEqualTo(shortQuote);
        });
    }

    private InspectorView inspector() {
        WorkspaceSession session = new WorkspaceSession(new Background(e -> { }, Runnable::run, Runnable::run));
        InspectorView inspector = new InspectorView(session, recorder);
        new Scene(inspector, 320, 800);
        inspector.prepare();
        inspector.applyCss(); // the fields' skins, which handle keys as in the window
        inspector.layout();
        return inspector;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(InspectorView inspector, String prompt) {
        return (ComboBox<String>) inspector.lookupAll(".combo-box").stream()
                .filter(n -> n instanceof ComboBox<?> c && prompt.equals(c.getPromptText())).findFirst().orElseThrow();
    }

    private static KeyEvent enter() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "\r", "", KeyCode.ENTER, false, false, false, false);
    }

    private static Quote quote(long id) {
        return new Quote(id, "uuid-" + id, 1, new Span(0, 5), "Hello", QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), "", "");
    }

    private static void fx(Runnable test) throws Exception {
        WaitForAsyncUtils.asyncFx(test).get();
    }
}
