package org.quotebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and build date of this Quotebench, as the build wrote them. */
public final class Version {
    private Version() {
    }

    public static String version() {
        return properties().getProperty("version", "unknown");
    }

    public static String buildDate() {
        return properties().getProperty("built", "unknown");
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/quotebench/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable version file only costs the version line; it is not worth failing for.
        }
        return properties;
    }
}
