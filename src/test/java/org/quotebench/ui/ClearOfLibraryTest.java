package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Issue 20: windows opened from the main one never cover the library they ask you to use. */
class ClearOfLibraryTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1400, 900);
    /** A main window filling the screen, its library the left 300 pixels under the tool bar. */
    private static final Rectangle2D FULL = new Rectangle2D(0, 0, 1400, 875);
    private static final Rectangle2D LIBRARY = new Rectangle2D(2, 100, 298, 740);

    @Test
    void overAWindowFillingTheScreenAWindowThatFitsRightOfTheLibraryKeepsItsSizeAndTheRightEdge() {
        Rectangle2D placed = ClearOfLibrary.place(FULL, LIBRARY, SCREEN, 1000, 640);
        assertThat(placed).isEqualTo(new Rectangle2D(400, (875 - 640) / 2.0, 1000, 640));
        assertThat(placed.getMinX()).isGreaterThanOrEqualTo(LIBRARY.getMaxX());
    }

    @Test
    void aWindowTooWideForTheRoomRightOfTheLibraryIsNarrowedToIt() {
        Rectangle2D placed = ClearOfLibrary.place(FULL, LIBRARY, SCREEN, 1250, 720);
        assertThat(placed).isEqualTo(new Rectangle2D(300, (875 - 720) / 2.0, 1100, 720));
    }

    @Test
    void besideTheOwnerWhenTheScreenHasRoomOnItsRightElseOnItsLeft() {
        Rectangle2D wide = new Rectangle2D(0, 0, 2560, 1440);
        Rectangle2D left = new Rectangle2D(0, 0, 1200, 900);
        assertThat(ClearOfLibrary.place(left, new Rectangle2D(2, 100, 260, 760), wide, 1250, 720))
                .isEqualTo(new Rectangle2D(1200, 90, 1250, 720));
        Rectangle2D right = new Rectangle2D(1360, 200, 1200, 900);
        assertThat(ClearOfLibrary.place(right, new Rectangle2D(1362, 300, 260, 760), wide, 1250, 720))
                .isEqualTo(new Rectangle2D(110, 290, 1250, 720));
    }

    @Test
    void aWindowMayReachPastTheOwnersRightEdgeToKeepClearOfTheLibrary() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D owner = new Rectangle2D(100, 50, 1400, 900);
        Rectangle2D placed = ClearOfLibrary.place(owner, new Rectangle2D(102, 150, 300, 760), screen, 1150, 640);
        assertThat(placed.getMinX()).isEqualTo(402);
        assertThat(placed.getWidth()).isEqualTo(1150);
        assertThat(placed.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
    }

    @Test
    void staysOnTheScreenVertically() {
        Rectangle2D low = new Rectangle2D(0, 500, 1400, 875);
        Rectangle2D placed = ClearOfLibrary.place(low, new Rectangle2D(2, 600, 298, 740), new Rectangle2D(0, 0, 1400, 1000), 1000, 720);
        assertThat(placed.getMaxY()).isEqualTo(1000);
        assertThat(ClearOfLibrary.place(FULL, LIBRARY, new Rectangle2D(0, 0, 1400, 600), 1000, 720).getHeight()).isEqualTo(600);
    }

    /** Seen in the window tests: a main window moved far right (693–1600 of 1600) leaves no room right of its library. */
    @Test
    void aMainWindowFarRightLeavesRoomLeftOfItsLibrary() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1200);
        Rectangle2D owner = new Rectangle2D(690, 0, 910, 1200);
        Rectangle2D library = new Rectangle2D(693, 100, 306, 1000);
        Rectangle2D placed = ClearOfLibrary.place(owner, library, screen, 1200, 700);
        assertThat(placed.getMaxX()).isLessThanOrEqualTo(library.getMinX());
        assertThat(placed).isEqualTo(new Rectangle2D(0, 250, 693, 700));
    }

    @Test
    void onAScreenTooSmallToKeepClearItCoversAsLittleOfTheLibraryAsItCan() {
        Rectangle2D screen = new Rectangle2D(0, 0, 800, 600);
        Rectangle2D owner = new Rectangle2D(0, 0, 800, 600);
        Rectangle2D placed = ClearOfLibrary.place(owner, new Rectangle2D(2, 80, 298, 500), screen, 700, 500);
        assertThat(placed).isEqualTo(new Rectangle2D(100, 50, 700, 500));
    }

    @Test
    void withoutALibraryShowingItIsCentredOnTheOwner() {
        Rectangle2D placed = ClearOfLibrary.place(FULL, Rectangle2D.EMPTY, SCREEN, 1000, 640);
        assertThat(placed.getMinX()).isEqualTo(200);
    }
}
