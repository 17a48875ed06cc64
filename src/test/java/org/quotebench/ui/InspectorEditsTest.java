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
            edits.add(quote.id() + " " + description);
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
