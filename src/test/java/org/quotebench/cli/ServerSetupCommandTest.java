package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.store.ServerSetup;

/** Issue 25: {@code quotebench server-setup} prints the setup SQL (run against a real server in ServerSetupTest). */
class ServerSetupCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheScriptForTheNamedLibraryAndTouchesNoWorkspace() {
        CliRun run = CliRun.run(dir.resolve("none.qb"), "server-setup", "--database", "factcheck");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(ServerSetup.script("factcheck"));
        assertThat(run.out()).contains("CREATE ROLE factcheck_editors NOLOGIN", "CREATE ROLE factcheck_readers NOLOGIN",
                "CREATE DATABASE factcheck", "\\connect factcheck", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO factcheck_readers");
        assertThat(dir.resolve("none.qb")).doesNotExist();

        JsonNode json = CliRun.run(dir.resolve("none.qb"), "server-setup", "--database", "factcheck", "--json").json();
        assertThat(json.get("editors").asText()).isEqualTo("factcheck_editors");
        assertThat(json.get("readers").asText()).isEqualTo("factcheck_readers");
        assertThat(json.get("sql").asText()).isEqualTo(run.out());
    }

    @Test
    void aNameThatCannotBeADatabaseIsOneLine() {
        CliRun run = CliRun.run(dir.resolve("none.qb"), "server-setup", "--database", "fact-check; DROP");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("fact-check; DROP");
        assertThat(run.out()).isEmpty();
    }
}
