package org.quotebench.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's workspace lives when none is named: the platform's folder for application data. */
public final class WorkspaceLocation {
    static final String FILE_NAME = "workspace.qb";

    private WorkspaceLocation() {
    }

    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * $QUOTEBENCH_WORKSPACE if set; else on Linux $XDG_DATA_HOME/quotebench (or ~/.local/share/quotebench),
     * on Windows %APPDATA%\Quotebench, on macOS ~/Library/Application Support/Quotebench.
     */
    static Path defaultWorkspace(Map<String, String> env, String osName, String home) {
        String override = env.get("QUOTEBENCH_WORKSPACE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Quotebench").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Quotebench", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("quotebench").resolve(FILE_NAME);
    }
}
