package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

/** Two programs on one workspace file, and a file damaged after it was written. */
class SharedWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterWaitsForTheFirstInsteadOfFailing() throws Exception {
        Path file = dir.resolve("news.qb");
        try (Workspace first = Workspace.open(file); Workspace second = Workspace.open(file)) {
            CountDownLatch holding = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<?> slow = pool.submit(() -> first.change("Adding", () -> {
                first.speakers().findOrCreate("Renée Okafor");
                holding.countDown();
                sleep(500);
                return null;
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            second.speakers().findOrCreate("Tom Hale"); // must wait for the lock, not fail
            slow.get(5, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(second.speakers().list()).extracting(s -> s.name()).containsExactly("Renée Okafor", "Tom Hale");
        }
    }

    @Test
    void aWriterThatWaitsTooLongIsToldWhyAndChangesNothing() throws Exception {
        Path file = dir.resolve("news.qb");
        try (Workspace mine = Workspace.open(file);
                var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var sql = other.createStatement()) {
            sql.execute("BEGIN IMMEDIATE"); // another Quotebench in the middle of a long import
            sql.execute("INSERT INTO event (uuid, name) VALUES ('e1', 'Ferry strike')");
            assertThatThrownBy(() -> mine.speakers().findOrCreate("Tom Hale")).isInstanceOf(QuotebenchException.class)
                    .hasMessageContaining("news.qb").hasMessageContaining("open in another Quotebench window or command")
                    .hasMessageContaining("nothing was changed");
            sql.execute("COMMIT");
            assertThat(mine.speakers().list()).isEmpty();
            mine.speakers().findOrCreate("Tom Hale"); // once the other is done, work goes on
            assertThat(mine.events().list()).hasSize(1);
        }
    }

    @Test
    void severalProgramsCanCreateTheSameNewWorkspaceAtOnce() throws Exception {
        Path file = dir.resolve("new.qb");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> opened = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            opened.add(pool.submit(() -> {
                start.await();
                try (Workspace workspace = Workspace.open(file)) {
                    return workspace.articles().count();
                }
            }));
        }
        start.countDown();
        for (Future<Integer> result : opened) {
            assertThat(result.get(20, TimeUnit.SECONDS)).isZero();
        }
        pool.shutdown();
    }

    @Test
    void aWorkspaceDamagedInsideIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("damaged.qb");
        try (Workspace workspace = Workspace.open(file)) {
            for (int i = 0; i < 40; i++) {
                workspace.articles().importArticle(Drafts.article("Article " + i, ("Fictional words number " + i + ". ").repeat(200)));
            }
        }
        long pages = Files.size(file) / 4096;
        assertThat(pages).isGreaterThan(10);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page < pages; page += 2) {
                raw.seek(page * 4096);
                raw.write(new byte[] {(byte) 0x0d, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 0x7f});
            }
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("damaged").hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
