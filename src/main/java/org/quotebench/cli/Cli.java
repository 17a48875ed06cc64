package org.quotebench.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quotebench.core.QuotebenchException;
import org.quotebench.store.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command line: parses, runs the command and turns every failure into one line on stderr
 * and an exit code (0 done, 1 user error, 2 some input refused, 3 a change refused: someone changed the row since). Stack traces only with --debug.
 */
public final class Cli {
    /**
     * sqlite-jdbc logs its own stack traces (e.g. when its native library cannot be unpacked); the
     * user gets our one-line message instead, and the trace with --debug. Held in a field because
     * java.util.logging keeps loggers only weakly.
     */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

    private Cli() {
    }

    /** Runs with the process's own streams. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        System.setProperty("quotebench.default.workspace", WorkspaceLocation.defaultWorkspace().toString());
        boolean debug = List.of(args).contains("--debug");
        SQLITE_LOG.setLevel(debug ? Level.ALL : Level.OFF);
        CommandLine commandLine = commands();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, ignored) -> parameterError(ex, err));
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, err, debug));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The commands, each answering --help with its description in whole paragraphs. */
    static CommandLine commands() {
        CommandLine commandLine = new CommandLine(new QuotebenchCommand());
        withHelp(commandLine);
        HelpParagraphs.join(commandLine);
        return commandLine;
    }

    /** Every command and command group answers --help (and -h). */
    private static void withHelp(CommandLine commandLine) {
        commandLine.getCommandSpec().mixinStandardHelpOptions(true);
        commandLine.getSubcommands().values().forEach(Cli::withHelp);
    }

    /** Reports a problem found outside a command (the window could not open) as one line; returns the exit code. */
    public static int fail(String message) {
        System.err.println(message);
        return 1;
    }

    private static int parameterError(ParameterException ex, PrintWriter err) {
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> unknown = unmatched.getUnmatched();
            if (!unknown.isEmpty() && !unknown.get(0).startsWith("-")) {
                message = "unknown command or argument '" + unknown.get(0) + "'";
            }
            if (!unmatched.getSuggestions().isEmpty()) {
                message = message.replaceAll("\\.$", "") + "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
            }
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        err.println(command + ": " + message + " (see '" + command + " --help')");
        err.flush();
        return 1;
    }

    private static int failure(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof QuotebenchException) {
            err.println(ex.getMessage());
        } else if (ex instanceof InvalidPathException path) {
            err.println("Cannot use the path '" + path.getInput() + "': " + path.getReason()
                    + " (file names with accents need a UTF-8 locale, e.g. LANG=C.UTF-8).");
        } else {
            err.println("Quotebench failed unexpectedly: " + ex + (debug ? "" : " (run again with --debug for details)"));
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        // A change refused because someone changed the row since it was read: scripts can tell it from a mistake.
        return ex instanceof org.quotebench.core.EditConflict ? 3 : 1;
    }
}
