package org.quotebench.cli;

import picocli.CommandLine.Option;

/** The options every command takes: which workspace, JSON output, and full errors for bug reports. */
public final class CommonOptions {
    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE",
            description = {"Workspace file (created if missing), or a shared library on a PostgreSQL server:",
                "postgresql://USER@HOST[:PORT]/DATABASE (password from ~/.pgpass or PGPASSWORD).",
                "Default: ${sys:quotebench.default.workspace}"})
    String workspace;

    @Option(names = "--json", description = "Print machine-readable JSON (offsets in code points).")
    boolean json;

    @Option(names = "--debug", description = "Print the full error (stack trace) when something fails.")
    boolean debug;
}
