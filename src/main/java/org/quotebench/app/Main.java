package org.quotebench.app;

import java.nio.file.Path;
import java.util.Optional;
import org.quotebench.cli.Cli;

/**
 * Starts Quotebench: the window when there is no command (optionally {@code -w FILE}), the command
 * line otherwise. It does not extend Application, so one jar runs both and the command line never
 * loads JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Optional<String>> window = WindowArguments.parse(args);
        if (window.isPresent()) {
            WindowLauncher.launch(window.get()).ifPresent(problem -> System.exit(Cli.fail(problem)));
            return;
        }
        System.exit(Cli.run(args));
    }
}
