package org.quotebench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import org.quotebench.ui.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window headless (Monocle) for a test, and cleans up after it. */
abstract class WindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    private QuotebenchWindow app;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        Files.deleteIfExists(SettingsFile.forUser().path()); // every window test starts from default settings
    }

    /** Starts the window with these arguments (e.g. "--workspace=FILE") and returns it once it shows. */
    Stage start(String... arguments) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (QuotebenchWindow) FxToolkit.setupApplication(QuotebenchWindow.class, arguments);
        return (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    /** The started window. */
    QuotebenchWindow app() {
        return app;
    }

    /** The started window's actions. */
    Commands commands() {
        return app.commands();
    }

    static Workbench workbench(Stage stage) {
        return (Workbench) stage.getScene().getRoot();
    }

    List<StyleClassedTextArea> areas() {
        return List.copyOf(robot.lookup(".article-text").queryAllAs(StyleClassedTextArea.class));
    }

    /**
     * Makes a workspace holding one article with one accepted direct quote at {@code quote} (Java
     * indices), said by {@code speaker} when given, with {@code verdict}.
     */
    static void articleWithQuote(Path file, String text, Span quote, Optional<String> speaker, Verdict verdict) {
        try (Workspace workspace = Workspace.open(file)) {
            ArticleMetadata meta = new ArticleMetadata(Optional.of("Tides"), Optional.of("The Harbour Courier"), Optional.empty(),
                    Optional.empty(), Optional.of("2026-03-02"), Optional.of("en"));
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(new ArticleDraft(text, meta, "UTF-8", "tides.txt")))
                    .article().id();
            Optional<Long> speakerId = speaker.map(name -> workspace.speakers().findOrCreate(name).id());
            workspace.quotes().add(new QuoteDraft(id, quote, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, verdict, Optional.empty(),
                    speakerId, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
        }
    }

    /** Stores an article from this outlet on this date, titled by its first line; returns its id. */
    static long storeArticle(Workspace ws, String outlet, String date, String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.of(text.substring(0, text.indexOf('\n'))), Optional.of(outlet),
                Optional.empty(), Optional.empty(), Optional.of(date), Optional.of("en"));
        ImportOutcome stored = ws.articles().importArticle(new ArticleDraft(text, meta, "UTF-8", outlet + ".txt"));
        return ((ImportOutcome.Imported) stored).article().id();
    }

    /** Stores an accepted direct quote: the first place {@code words} are in the article's {@code text}; returns its id. */
    static long storeQuote(Workspace ws, long article, String text, String words, Optional<Long> speaker, Verdict verdict,
            List<Long> events) {
        int start = text.indexOf(words);
        return ws.quotes().add(new QuoteDraft(article, new Span(start, start + words.length()), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                verdict, Optional.empty(), speaker, Optional.empty(), Optional.empty(), events, Optional.empty(), Optional.empty())).id();
    }

    /** Issue 20: a window opened from the main one does not cover its library, and keeps on the screen and a useful width. */
    static void assertClearOfLibrary(Workbench workbench, Stage stage) throws Exception {
        javafx.geometry.Bounds library = WaitForAsyncUtils.asyncFx(() -> workbench.library().localToScreen(workbench.library()
                .getBoundsInLocal())).get();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // Right of the library, or wholly left of it (beside a main window further right on the screen).
        org.assertj.core.api.Assertions.assertThat(stage.getX() >= library.getMaxX() || stage.getX() + stage.getWidth() <= library.getMinX())
                .as(stage.getTitle() + " at " + stage.getX() + "–" + (stage.getX() + stage.getWidth()) + " is clear of the library at "
                        + library.getMinX() + "–" + library.getMaxX()).isTrue();
        org.assertj.core.api.Assertions.assertThat(stage.getX() + stage.getWidth()).as(stage.getTitle() + " ends on the screen")
                .isLessThanOrEqualTo(screen.getMaxX());
        org.assertj.core.api.Assertions.assertThat(stage.getWidth()).as(stage.getTitle() + " keeps a useful width")
                .isGreaterThanOrEqualTo(ClearOfLibrary.NARROWEST);
    }

    /**
     * Makes a workspace ({@code name} in the test's folder) with one article whose first “…” is an
     * unchecked quote without a speaker, and starts the window on it.
     */
    Workbench startWithQuotedArticle(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        articleWithQuote(file, text, new Span(text.indexOf('“'), text.indexOf('”') + 1), Optional.empty(), Verdict.UNCHECKED);
        return workbench(start("--workspace=" + file));
    }

    /** Clicks "Try the sample articles" on the welcome panel and returns the library once it lists all three. */
    javafx.scene.control.ListView<org.quotebench.core.ArticleInfo> trySamples() throws Exception {
        waitUntil(() -> robot.lookup("#try-samples").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#try-samples");
        javafx.scene.control.ListView<org.quotebench.core.ArticleInfo> library = robot.lookup("#library-list").queryListView();
        waitUntil(() -> library.getItems().size() == 3);
        return library;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
