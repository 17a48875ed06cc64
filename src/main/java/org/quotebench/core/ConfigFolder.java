package org.quotebench.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder of the user's Quotebench settings: on Linux $XDG_CONFIG_HOME/quotebench (or
 * ~/.config/quotebench), on Windows %APPDATA%\Quotebench, on macOS ~/Library/Application
 * Support/Quotebench.
 */
public final class ConfigFolder {
    private ConfigFolder() {
    }

    /** The folder for this user and system. */
    public static Path forUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path of(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Quotebench");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Quotebench");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("quotebench");
    }
}
