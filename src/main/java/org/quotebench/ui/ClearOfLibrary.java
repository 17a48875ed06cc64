package org.quotebench.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Places a window opened from the main one (Speakers, Events, Compare) where it does not cover the
 * main window's library, which those windows send you back to: beside the main window when the screen
 * has room, else over the main window's right part, narrowed to the room right of the library if need be.
 */
public final class ClearOfLibrary {
    /** A window is not narrowed below this (or below its own width) to keep clear of the library. */
    static final double NARROWEST = 640;

    private ClearOfLibrary() {
    }

    /**
     * Where a window of {@code width} x {@code height} goes (all in screen coordinates, sizes with the
     * window's frame), given its owner's bounds, the library's bounds on screen (empty when it does not
     * show) and the visual bounds of the owner's screen. In order of preference: beside the owner on
     * its right, beside it on its left, over the owner's right part (right edges together), right of the
     * library up to the screen's edge, narrowed to that room (not below {@link #NARROWEST}), the same left
     * of the library (a main window far to the right); on a screen
     * too small for any of these, at the screen's right edge (covering as little of the library as it
     * can). Vertically centred on the owner, within the screen.
     */
    public static Rectangle2D place(Rectangle2D owner, Rectangle2D library, Rectangle2D screen, double width, double height) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double y = clamp(owner.getMinY() + (owner.getHeight() - h) / 2, screen.getMinY(), screen.getMaxY() - h);
        if (owner.getMaxX() + w <= screen.getMaxX()) {
            return new Rectangle2D(owner.getMaxX(), y, w, h);
        }
        if (owner.getMinX() - w >= screen.getMinX()) {
            return new Rectangle2D(owner.getMinX() - w, y, w, h);
        }
        if (library.getWidth() <= 0) { // no library to keep clear of: centred on the owner, as a window opens by default
            return new Rectangle2D(clamp(owner.getMinX() + (owner.getWidth() - w) / 2, screen.getMinX(), screen.getMaxX() - w), y, w, h);
        }
        double clear = library.getMaxX();
        double x = Math.max(clear, Math.min(owner.getMaxX(), screen.getMaxX()) - w);
        if (x + w <= screen.getMaxX()) {
            return new Rectangle2D(x, y, w, h);
        }
        double room = screen.getMaxX() - clear;
        if (room >= Math.min(w, NARROWEST)) {
            return new Rectangle2D(clear, y, room, h);
        }
        double roomLeft = library.getMinX() - screen.getMinX(); // a main window far right leaves room left of its library
        if (roomLeft >= Math.min(w, NARROWEST)) {
            double narrowed = Math.min(w, roomLeft);
            return new Rectangle2D(library.getMinX() - narrowed, y, narrowed, h);
        }
        return new Rectangle2D(Math.max(screen.getMinX(), screen.getMaxX() - w), y, w, h);
    }

    /**
     * Places {@code stage} (not yet showing, its scene set) clear of {@code owner}'s library, before it
     * shows: its frame is taken to be as wide as the owner's.
     */
    public static void place(Stage stage, Window owner) {
        if (owner == null || owner.getScene() == null || stage.getScene() == null || !owner.isShowing()) {
            return;
        }
        double frameWidth = Math.max(0, owner.getWidth() - owner.getScene().getWidth());
        double frameHeight = Math.max(0, owner.getHeight() - owner.getScene().getHeight());
        Rectangle2D bounds = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D screen = Screen.getScreensForRectangle(bounds).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = stage.getScene().getWidth() + frameWidth;
        double height = stage.getScene().getHeight() + frameHeight;
        Rectangle2D placed = place(bounds, libraryOnScreen(owner), screen, width, height);
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        if (placed.getWidth() != width || placed.getHeight() != height) {
            stage.setWidth(placed.getWidth());
            stage.setHeight(placed.getHeight());
        }
    }

    private static Rectangle2D libraryOnScreen(Window owner) {
        Node library = owner.getScene().lookup(".library");
        if (library == null || !library.isVisible()) {
            return Rectangle2D.EMPTY;
        }
        Bounds shown = library.localToScreen(library.getBoundsInLocal());
        return shown == null ? Rectangle2D.EMPTY : new Rectangle2D(shown.getMinX(), shown.getMinY(), shown.getWidth(), shown.getHeight());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
