package org.quotebench.app;

import java.nio.file.Path;
import java.util.Optional;
import org.quotebench.store.WorkspaceAddress;

/** Decides whether a command line asks for the window: no arguments, or only a workspace. */
final class WindowArguments {
    private WindowArguments() {
    }

    /**
     * Empty when the arguments are a command; otherwise the workspace the window should open, if named:
     * a file's absolute path, or a shared library's address as given ({@code postgresql://USER@HOST/DATABASE},
     * never read as a path: that would fold its "//").
     */
    static Optional<Optional<String>> parse(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && (args[0].equals("-w") || args[0].equals("--workspace"))) {
            return Optional.of(Optional.of(location(args[1])));
        }
        for (String prefix : new String[] {"--workspace=", "-w="}) {
            if (args.length == 1 && args[0].startsWith(prefix)) {
                return Optional.of(Optional.of(location(args[0].substring(prefix.length()))));
            }
        }
        if (args.length == 1 && args[0].endsWith(".qb") && !args[0].startsWith("-")) {
            return Optional.of(Optional.of(location(args[0]))); // a double-clicked workspace file
        }
        return Optional.empty();
    }

    private static String location(String given) {
        return WorkspaceAddress.isServer(given) ? given : Path.of(given).toAbsolutePath().toString();
    }
}
