package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SplitPane;

/** One to four article panes side by side; one of them has the focus (it gets the next opened article). */
public final class PanesView extends SplitPane {
    public static final int MOST = 4;

    private final List<ArticlePane> panes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ArticlePane> focused = new ReadOnlyObjectWrapper<>();
    private final Consumer<ArticlePane> created;
    /** One colour mode for every pane, those opened later too. */
    private final javafx.beans.property.BooleanProperty colourByVerdict = new javafx.beans.property.SimpleBooleanProperty();

    /** @param created wires a new pane (its selection, its shortcuts) once, when it is made */
    public PanesView(Consumer<ArticlePane> created) {
        this.created = created;
        getStyleClass().add("panes");
        colourByVerdict.addListener((obs, was, byVerdict) -> panes.forEach(pane -> pane.colourByVerdict(byVerdict)));
        add();
    }

    /** Whether quotes are coloured by verdict (else by speaker), in every pane. */
    public javafx.beans.property.BooleanProperty colourByVerdictProperty() {
        return colourByVerdict;
    }

    public ReadOnlyObjectProperty<ArticlePane> focusedPaneProperty() {
        return focused.getReadOnlyProperty();
    }

    public ArticlePane focusedPane() {
        return focused.get();
    }

    public List<ArticlePane> panes() {
        return List.copyOf(panes);
    }

    /** A new pane to the right, focused; empty when four are open already. */
    public Optional<ArticlePane> add() {
        if (panes.size() >= MOST) {
            return Optional.empty();
        }
        ArticlePane pane = new ArticlePane();
        pane.colourByVerdict(colourByVerdict.get());
        panes.add(pane);
        getItems().add(pane);
        pane.focusWithinProperty().addListener((obs, was, is) -> {
            if (is) {
                focus(pane);
            }
        });
        created.accept(pane);
        focus(pane);
        evenOut();
        return Optional.of(pane);
    }

    /** Closes the focused pane; the last pane is emptied instead of closed. */
    public void closeFocused() {
        ArticlePane pane = focused.get();
        if (panes.size() == 1) {
            pane.model().show(null, List.of());
            return;
        }
        int index = panes.indexOf(pane);
        panes.remove(pane);
        getItems().remove(pane);
        focus(panes.get(Math.max(0, index - 1)));
        evenOut();
    }

    public void focus(ArticlePane pane) {
        panes.forEach(p -> p.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused-pane"), p == pane));
        focused.set(pane);
    }

    private void evenOut() {
        double[] positions = new double[panes.size() - 1];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = (i + 1.0) / panes.size();
        }
        setDividerPositions(positions);
    }
}
