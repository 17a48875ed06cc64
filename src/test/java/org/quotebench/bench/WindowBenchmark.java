package org.quotebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.store.Workspace;
import org.quotebench.ui.QuotebenchWindow;
import org.quotebench.ui.Workbench;
import org.quotebench.ui.article.ArticlePane;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Times the real window, headless (Monocle, software rendering): opening long and typical articles
 * until the first highlighted frame, marking and deleting a quote, scrolling, and jumping to a far
 * quote. Not a unit test (timings depend on the machine). Run with:
 * {@code mvn -q -B -DskipTests package exec:exec@window-bench} (a JVM of its own, with the window's JIT as
 * installed; see pom.xml); writes target/bench/window.md.
 */
public final class WindowBenchmark {
    private static final double FRAME = 33;

    private final Path file;
    private final Workbench workbench;
    private final Scene scene;
    private final WindowBenchReport report = new WindowBenchReport();

    private WindowBenchmark(Path file, Workbench workbench) {
        this.file = file;
        this.workbench = workbench;
        this.scene = workbench.getScene();
    }

    public static void main(String[] args) throws Exception {
        headless();
        int status = 0;
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
            System.exit(status);
        }
    }

    /** The same system properties surefire gives the window test; they must be set before the toolkit starts. */
    private static void headless() {
        String[][] properties = {{"testfx.robot", "glass"}, {"testfx.headless", "true"}, {"prism.order", "sw"},
            {"prism.text", "t2k"}, {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"headless.geometry", "1600x1200-32"}, {"java.awt.headless", "true"}};
        for (String[] property : properties) {
            System.setProperty(property[0], property[1]);
        }
    }

    private static void run() throws Exception {
        String load = WindowBenchReport.loadAverage();
        Path dir = Files.createTempDirectory("quotebench-window-bench");
        Path file = dir.resolve("window.qb");
        long began = System.nanoTime();
        String big = BenchArticles.paragraphs(11, 1_200_000);
        String typical = BenchArticles.paragraphs(12, 20_000);
        String single = BenchArticles.oneParagraph(13, 1_000_000);
        ArticleInfo bigInfo;
        ArticleInfo typicalInfo;
        ArticleInfo singleInfo;
        try (Workspace workspace = Workspace.open(file)) {
            bigInfo = BenchArticles.store(workspace, "Window bench: a long article in paragraphs", big, 10_000, 21);
            typicalInfo = BenchArticles.store(workspace, "Window bench: a typical article", typical, 200, 22);
            singleInfo = BenchArticles.store(workspace, "Window bench: one long paragraph", single, 1_000, 23);
        }
        System.out.printf("setup: %,d + %,d + %,d chars, %,d + %,d + %,d quotes stored in %.1f s (%s)%n", big.length(),
                typical.length(), single.length(), bigInfo.quoteCount(), typicalInfo.quoteCount(), singleInfo.quoteCount(),
                (System.nanoTime() - began) / 1e9, file);

        Stage stage = FxToolkit.registerPrimaryStage();
        long started = System.nanoTime();
        QuotebenchWindow app = (QuotebenchWindow) FxToolkit.setupApplication(QuotebenchWindow.class, "--workspace=" + file);
        Workbench workbench = WaitForAsyncUtils.asyncFx(() -> (Workbench) stage.getScene().getRoot()).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> workbench.session().articles().size() == 3).get());
        double windowUp = (System.nanoTime() - started) / 1e6;

        // A user's first double-click comes after the window has warmed up opening a long article
        // (FirstArticleWarmUp.warmedUp, about a second); -Dwindow-bench.eager=true opens at once instead.
        if (!Boolean.getBoolean("window-bench.eager")) {
            app.warmUp().warmedUp().get(60, TimeUnit.SECONDS);
        }
        double warmedUp = (System.nanoTime() - started) / 1e6;
        WindowBenchmark bench = new WindowBenchmark(file, workbench);
        bench.report.rows().add(String.format("| window shown, workspace open, library listed | %.0f ms | | |", windowUp));
        bench.report.rows().add(String.format("| ... and opening a long article warmed up (%s) | %.0f ms | | |",
                Boolean.getBoolean("window-bench.eager") ? "not waited for" : "waited for", warmedUp));
        // -Dwindow-bench.only=open,mark,scroll,jump runs some of the groups (for profiling one of them).
        List<String> only = List.of(System.getProperty("window-bench.only", "open,mark,scroll,jump").split(","));
        if (only.contains("open")) {
            bench.opens("open 1.2 MB article, 10,000 quotes, to first highlighted frame", bigInfo, 6,
                    "< 500 ms cold, < 300 ms warm");
            bench.opens("open 20 KB article, 200 quotes", typicalInfo, 10, "< 100 ms");
            bench.opens("open 1 MB single-paragraph article, 1,000 quotes", singleInfo, 4, "about 1 s");
        }
        if (only.contains("mark")) {
            bench.markAndDelete("20 KB, 200 quotes", typicalInfo, typical, 10);
            bench.markAndDelete("1.2 MB, 10,000 quotes", bigInfo, big, 8);
        }
        if (only.contains("scroll")) {
            bench.scrolling("1.2 MB", bigInfo);
            bench.scrolling("1 MB single paragraph", singleInfo);
        }
        if (only.contains("jump")) {
            bench.jumps("1.2 MB, 10,000 quotes", bigInfo, 8);
            bench.jumps("1 MB single paragraph", singleInfo, 6);
        }
        bench.report.write(load);
    }

    // ---- opening -----------------------------------------------------------------------------

    private void opens(String what, ArticleInfo info, int runs, String target) throws Exception {
        List<FrameProbe.Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(open(info));
        }
        report.row(what, results, target);
        report.notes().add(String.format("%s: warm median of the steps (ms after the call): %s; longest frame while opening %.0f ms;"
                + " cold: %s", what, WindowBenchReport.medianMarks(results.subList(1, results.size())), WindowBenchReport.median(results.subList(1, results.size())
                        .stream().mapToDouble(FrameProbe.Result::longestFrame).toArray()), WindowBenchReport.medianMarks(results.subList(0, 1))));
    }

    /** Empties the pane, then opens the article in it and waits for the first frame with its highlights. */
    private FrameProbe.Result open(ArticleInfo info) throws Exception {
        fx(() -> workbench.model().closeFocusedPane());
        settle();
        ArticlePane pane = fx(() -> workbench.panes().focusedPane());
        FrameProbe probe = new FrameProbe(scene);
        boolean[] seen = new boolean[2]; // text set, highlights applied after it
        ListChangeListener<Quote> quotes = change -> probe.mark("quotes loaded");
        ChangeListener<Article> article = (obs, old, shown) -> {
            if (shown != null && shown.id() == info.id()) {
                probe.mark("article set");
                seen[0] = true;
            }
        };
        ChangeListener<Number> styled = (obs, old, now) -> {
            if (seen[0]) {
                probe.mark("highlights applied");
                seen[1] = true;
            }
        };
        Runnable plainFrame = () -> {
            if (seen[0]) {
                probe.mark("first pulse after");
            }
        };
        fx(() -> {
            pane.model().quotes().addListener(quotes);
            pane.model().articleProperty().addListener(article);
            pane.styledProperty().addListener(styled);
            scene.addPostLayoutPulseListener(plainFrame);
        });
        FrameProbe.Result result = probe.time(() -> workbench.model().open(info, false), () -> seen[1]);
        fx(() -> {
            pane.model().quotes().removeListener(quotes);
            pane.model().articleProperty().removeListener(article);
            pane.styledProperty().removeListener(styled);
            scene.removePostLayoutPulseListener(plainFrame);
        });
        return result;
    }

    // ---- marking and deleting -------------------------------------------------------------------

    private void markAndDelete(String what, ArticleInfo info, String text, int runs) throws Exception {
        open(info);
        ArticlePane pane = fx(() -> workbench.panes().focusedPane());
        Random random = new Random(5);
        List<FrameProbe.Result> marks = new ArrayList<>();
        List<FrameProbe.Result> deletes = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < runs; i++) {
            int from = random.nextInt(text.length() - 200);
            Span span = BenchArticles.trimmed(text, from, from + 40 + random.nextInt(100));
            settle();
            marks.add(mark(pane, span));
            Quote quote = fx(() -> pane.model().quotes().stream().filter(q -> q.span().equals(span))
                    .max(Comparator.comparingLong(Quote::id)).orElseThrow());
            checked += inFile(info, quote) ? 1 : 0;
            settle();
            deletes.add(delete(pane, quote));
            checked += inFile(info, quote) ? 0 : 1;
        }
        report.row("mark a quote (" + what + "): stored, in the table, highlighted on screen", marks, "< 50 ms");
        report.row("delete a quote (" + what + ")", deletes, "< 50 ms");
        report.notes().add(String.format("mark a quote (%s): warm median of the steps: %s; cold: %s", what,
                WindowBenchReport.medianMarks(marks.subList(1, marks.size())), WindowBenchReport.medianMarks(marks.subList(0, 1))));
        report.notes().add(String.format("delete a quote (%s): warm median of the steps: %s", what,
                WindowBenchReport.medianMarks(deletes.subList(1, deletes.size()))));
        report.notes().add(String.format("%s: %d of %d marks and deletes confirmed in the file through a second connection",
                what, checked, 2 * runs));
    }

    private FrameProbe.Result mark(ArticlePane pane, Span span) throws Exception {
        FrameProbe probe = new FrameProbe(scene);
        boolean[] seen = new boolean[2]; // stored and put in the pane, highlights applied after that
        ChangeListener<Number> styled = (obs, old, now) -> {
            if (seen[0]) {
                probe.mark("highlights applied");
                seen[1] = true;
            }
        };
        fx(() -> pane.styledProperty().addListener(styled));
        FrameProbe.Result result = probe.time(() -> workbench.annotating().markQuote(span, () -> {
            probe.mark("stored, in pane and table");
            seen[0] = true;
        }), () -> seen[1] && workbench.quotesTable().getItems().stream().anyMatch(q -> q.span().equals(span)));
        fx(() -> pane.styledProperty().removeListener(styled));
        return result;
    }

    private FrameProbe.Result delete(ArticlePane pane, Quote quote) throws Exception {
        FrameProbe probe = new FrameProbe(scene);
        boolean[] seen = new boolean[2]; // gone from the pane, highlights applied after that
        ListChangeListener<Quote> quotes = change -> {
            if (pane.model().quotes().stream().noneMatch(q -> q.id() == quote.id())) {
                probe.mark("deleted, out of pane and table");
                seen[0] = true;
            }
        };
        ChangeListener<Number> styled = (obs, old, now) -> {
            if (seen[0]) {
                probe.mark("highlights applied");
                seen[1] = true;
            }
        };
        fx(() -> {
            pane.model().quotes().addListener(quotes);
            pane.styledProperty().addListener(styled);
        });
        FrameProbe.Result result = probe.time(() -> workbench.annotating().delete(quote),
                () -> seen[1] && workbench.quotesTable().getItems().stream().noneMatch(q -> q.id() == quote.id()));
        fx(() -> {
            pane.model().quotes().removeListener(quotes);
            pane.styledProperty().removeListener(styled);
        });
        return result;
    }

    /** Whether the quote is in the file, read through a connection of its own. */
    private boolean inFile(ArticleInfo info, Quote quote) {
        try (Workspace second = Workspace.open(file)) {
            return second.quotes().ofArticle(info.id()).stream().anyMatch(q -> q.id() == quote.id()
                    && q.span().equals(quote.span()));
        }
    }

    // ---- scrolling and jumping ------------------------------------------------------------------

    private void scrolling(String what, ArticleInfo info) throws Exception {
        open(info);
        StyleClassedTextArea area = fx(() -> workbench.panes().focusedPane().textArea());
        double page = fx(area::getViewportHeight);
        int paragraphs = fx(() -> area.getParagraphs().size());
        Random random = new Random(9);
        scrollRow("scroll " + what + ", 120 px a frame (300 frames)", area, 300, k -> area.scrollYBy(120));
        scrollRow("scroll " + what + ", a page a frame (120 frames)", area, 120, k -> area.scrollYBy(page));
        scrollRow("scroll " + what + ", to a random paragraph each frame (60 frames)", area, 60,
                k -> area.showParagraphAtTop(random.nextInt(paragraphs)));
    }

    /** Three passes from the top; cold is the first pass. Each cell: the longest frame, then the 95th percentile. */
    private void scrollRow(String what, StyleClassedTextArea area, int frames, IntConsumer step) throws Exception {
        List<String> cells = new ArrayList<>();
        double[] worst = new double[3];
        int slow = 0;
        for (int pass = 0; pass < 3; pass++) {
            fx(() -> area.showParagraphAtTop(0));
            settle();
            double[] gaps = frames(frames, step);
            Arrays.sort(gaps);
            worst[pass] = gaps[gaps.length - 1];
            slow += (int) Arrays.stream(gaps).filter(g -> g > FRAME).count();
            cells.add(String.format("%.0f ms (p95 %.0f, median %.0f)", worst[pass], gaps[(int) (gaps.length * 0.95)],
                    gaps[gaps.length / 2]));
        }
        report.rows().add(String.format("| %s: longest frame | %s | %s, %s | no frame much over 33 ms; %d of %d frames over |",
                what, cells.get(0), cells.get(1), cells.get(2), slow, 3 * frames));
    }

    /** Calls {@code step} at the start of each of {@code count} pulses; returns the pulse-to-pulse intervals in ms. */
    private double[] frames(int count, IntConsumer step) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        fx(() -> new AnimationTimer() {
            private final long[] at = new long[count + 1];
            private int frame;

            @Override
            public void handle(long now) {
                at[frame] = System.nanoTime();
                if (frame == count) {
                    stop();
                    double[] gaps = new double[count];
                    for (int i = 0; i < count; i++) {
                        gaps[i] = (at[i + 1] - at[i]) / 1e6;
                    }
                    done.complete(gaps);
                    return;
                }
                step.accept(frame++);
            }
        }.start());
        return done.get(300, TimeUnit.SECONDS);
    }

    private void jumps(String what, ArticleInfo info, int runs) throws Exception {
        open(info);
        ArticlePane pane = fx(() -> workbench.panes().focusedPane());
        List<Quote> quotes = fx(() -> List.copyOf(pane.model().quotes()));
        List<FrameProbe.Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Quote near = quotes.get(i);
            Quote far = quotes.get(quotes.size() - 1 - i * (quotes.size() / 50));
            jump(pane, near);
            settle();
            results.add(jump(pane, far));
        }
        report.row("jump to a far quote (" + what + "): selected, highlighted, on screen", results, "smooth: frames <= 33 ms");
        report.notes().add(String.format("jump (%s): longest frame cold %.0f ms, warm median %.0f ms; warm median of the steps: %s", what,
                results.get(0).longestFrame(), WindowBenchReport.median(results.subList(1, results.size()).stream()
                        .mapToDouble(FrameProbe.Result::longestFrame).toArray()), WindowBenchReport.medianMarks(results.subList(1, results.size()))));
    }

    private FrameProbe.Result jump(ArticlePane pane, Quote quote) throws Exception {
        FrameProbe probe = new FrameProbe(scene);
        boolean[] seen = new boolean[1];
        ChangeListener<Number> styled = (obs, old, now) -> {
            probe.mark("highlights applied");
            seen[0] = true;
        };
        fx(() -> pane.styledProperty().addListener(styled));
        StyleClassedTextArea area = pane.textArea();
        FrameProbe.Result result = probe.time(() -> workbench.model().select(quote), () -> seen[0] && caretShown(area));
        fx(() -> pane.styledProperty().removeListener(styled));
        return result;
    }

    private static boolean caretShown(StyleClassedTextArea area) {
        int shown = area.getVisibleParagraphs().size();
        if (shown == 0) {
            return false;
        }
        int paragraph = area.offsetToPosition(area.getCaretPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        return area.visibleParToAllParIndex(0) <= paragraph && paragraph <= area.visibleParToAllParIndex(shown - 1);
    }

    /** Collects garbage and lets queued FX work finish, so one run's leftovers do not land in the next. */
    private static void settle() throws Exception {
        System.gc();
        Thread.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void fx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }
}
