package org.quotebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowArgumentsTest {
    @Test
    void noArgumentsOrOnlyAWorkspaceOpenTheWindow() {
        assertThat(WindowArguments.parse(new String[0])).contains(Optional.empty());
        assertThat(WindowArguments.parse(new String[] {"-w", "news.qb"})).contains(Optional.of(Path.of("news.qb").toAbsolutePath().toString()));
        assertThat(WindowArguments.parse(new String[] {"--workspace", "news.qb"})).contains(Optional.of(Path.of("news.qb").toAbsolutePath().toString()));
        assertThat(WindowArguments.parse(new String[] {"--workspace=news.qb"})).contains(Optional.of(Path.of("news.qb").toAbsolutePath().toString()));
        assertThat(WindowArguments.parse(new String[] {"-w=news.qb"})).contains(Optional.of(Path.of("news.qb").toAbsolutePath().toString()));
        assertThat(WindowArguments.parse(new String[] {"news.qb"})).contains(Optional.of(Path.of("news.qb").toAbsolutePath().toString()));
    }

    @Test
    void anythingElseIsACommand() {
        assertThat(WindowArguments.parse(new String[] {"list"})).isEmpty();
        assertThat(WindowArguments.parse(new String[] {"-w", "news.qb", "list"})).isEmpty();
    }

    /** Issue 25: a shared library's address opens the window on it, kept as given (a path would fold its "//"). */
    @Test
    void aServerAddressStaysAnAddress() {
        assertThat(WindowArguments.parse(new String[] {"-w", "postgresql://ana@db.newsroom.example/factcheck"}))
                .contains(Optional.of("postgresql://ana@db.newsroom.example/factcheck"));
        assertThat(WindowArguments.parse(new String[] {"--workspace=postgresql://ana@[::1]:5433/factcheck"}))
                .contains(Optional.of("postgresql://ana@[::1]:5433/factcheck"));
        assertThat(WindowArguments.parse(new String[] {"-w", "news.qb", "list"})).isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--help"})).isEmpty();
        assertThat(WindowArguments.parse(new String[] {"--version"})).isEmpty();
        assertThat(WindowArguments.parse(new String[] {"import", "a.qb"})).isEmpty();
    }
}
