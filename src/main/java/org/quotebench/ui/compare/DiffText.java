package org.quotebench.ui.compare;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.quotebench.compare.WordDiff;
import org.quotebench.compare.Words;

/** A version's words with their differences from the reference marked: added, dropped (struck), changed. */
final class DiffText {
    private DiffText() {
    }

    static TextFlow of(String text, String reference, List<WordDiff.Step> diff) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-text");
        for (WordDiff.Step step : diff) {
            switch (step.op()) {
                case KEPT -> add(flow, Words.stretch(text, step.other()), "diff-kept");
                case ADDED -> add(flow, Words.stretch(text, step.other()), "diff-added");
                case DROPPED -> add(flow, Words.stretch(reference, step.reference()), "diff-dropped");
                case CHANGED -> {
                    add(flow, Words.stretch(reference, step.reference()), "diff-dropped");
                    add(flow, Words.stretch(text, step.other()), "diff-changed");
                }
            }
        }
        return flow;
    }

    private static void add(TextFlow flow, String words, String styleClass) {
        if (!flow.getChildren().isEmpty()) {
            flow.getChildren().add(new Text(" "));
        }
        Text text = new Text(words);
        text.getStyleClass().addAll("diff", styleClass);
        flow.getChildren().add(text);
    }

}
