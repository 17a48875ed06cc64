package org.quotebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line against a workspace and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(Path workspace, String... args) {
        return runAt(workspace == null ? null : workspace.toString(), args);
    }

    /** Runs against a workspace file's path or a server library's address ({@code postgresql://…}). */
    static CliRun runAt(String location, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (location != null) {
            all.add("-w");
            all.add(location);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        if (out.isBlank()) { // Jackson reads nothing as an empty node, which would let a failed command pass for an empty result
            throw new AssertionError("no JSON printed (exit " + exitCode + "): " + err);
        }
        try {
            return JSON.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
