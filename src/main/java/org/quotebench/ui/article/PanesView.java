package org.quotebench.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.SplitPane;

/**
 * One to four article panes side by side, one view per pane model of the workbench: it adds and
 * removes views as the model's panes come and go, marks the focused one, gives the model the focus
 * when the user clicks into a pane, and colours every pane as the model's colour mode says.
 */
public final class PanesView extends SplitPane {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused-pane");
    private final List<ArticlePane> panes = new ArrayList<>();
    private final ObservableList<PaneModel> models;
    private final ReadOnlyObjectProperty<PaneModel> focused;
    private final Consumer<PaneModel> focus;
    private final Consumer<ArticlePane> created;

    /**
     * @param models the workbench's pane models
     * @param focused which one has the focus, to mark it
     * @param focus gives a pane the focus when the user clicks into it
     * @param colourByVerdict the colour mode every pane follows
     * @param created wires a new pane view (its context menu) once, when it is made
     */
    public PanesView(ObservableList<PaneModel> models, ReadOnlyObjectProperty<PaneModel> focused, Consumer<PaneModel> focus,
            BooleanProperty colourByVerdict, Consumer<ArticlePane> created) {
        this.models = models;
        this.focused = focused;
        this.focus = focus;
        this.created = created;
        getStyleClass().add("panes");
        models.forEach(model -> add(model, colourByVerdict));
        models.addListener((ListChangeListener<PaneModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(model -> add(model, colourByVerdict));
            }
            evenOut();
            markFocused();
        });
        colourByVerdict.addListener((obs, was, byVerdict) -> panes.forEach(pane -> pane.colourByVerdict(byVerdict)));
        focused.addListener((obs, old, model) -> markFocused());
        evenOut();
        markFocused();
    }

    /** The pane views, left to right. */
    public List<ArticlePane> panes() {
        return List.copyOf(panes);
    }

    /** The view of the focused pane. */
    public ArticlePane focusedPane() {
        return viewOf(focused.get());
    }

    /** The view showing a pane model. */
    public ArticlePane viewOf(PaneModel model) {
        return panes.stream().filter(p -> p.model() == model).findFirst().orElseThrow();
    }

    private void add(PaneModel model, BooleanProperty colourByVerdict) {
        ArticlePane pane = new ArticlePane(model);
        pane.colourByVerdict(colourByVerdict.get());
        panes.add(models.indexOf(model), pane);
        getItems().add(models.indexOf(model), pane);
        pane.focusWithinProperty().addListener((obs, was, is) -> {
            if (is && models.contains(model)) {
                focus.accept(model);
            }
        });
        created.accept(pane);
    }

    private void remove(PaneModel model) {
        panes.stream().filter(p -> p.model() == model).findFirst().ifPresent(pane -> {
            panes.remove(pane);
            getItems().remove(pane);
        });
    }

    private void markFocused() {
        panes.forEach(p -> p.pseudoClassStateChanged(FOCUSED, p.model() == focused.get()));
    }

    private void evenOut() {
        double[] positions = new double[panes.size() - 1];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = (i + 1.0) / panes.size();
        }
        setDividerPositions(positions);
    }
}
