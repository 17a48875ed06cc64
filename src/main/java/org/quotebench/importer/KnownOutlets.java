package org.quotebench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.QuotebenchException;

/**
 * The outlet a web address belongs to, for pages that do not name theirs: a table of host names
 * ({@code reuters.com} → Reuters, subdomains included: {@code edition.cnn.com} is CNN), built in and
 * extended or overridden by the user's {@code outlets.tsv} (HOST TAB OUTLET a line, {@code #}
 * comments), else the host name itself without {@code www.}.
 */
public final class KnownOutlets {
    public static final String USER_FILE = "outlets.tsv";
    private static final String BUILT_IN = "known-outlets.tsv";

    private final Map<String, String> byHost;

    private KnownOutlets(Map<String, String> byHost) {
        this.byHost = Map.copyOf(byHost);
    }

    /** The built-in table alone (read once). */
    public static KnownOutlets builtIn() {
        return BuiltIn.TABLE;
    }

    /** The built-in table, read from the jar the first time it is asked for. */
    private static final class BuiltIn {
        static final KnownOutlets TABLE = read();

        private static KnownOutlets read() {
            try (InputStream in = KnownOutlets.class.getResourceAsStream(BUILT_IN)) {
                Map<String, String> table = new HashMap<>();
                parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN, table);
                return new KnownOutlets(table);
            } catch (IOException e) {
                throw new IllegalStateException("the built-in outlet table is missing", e);
            }
        }
    }

    /**
     * The built-in table with {@code userFile}'s entries over it (when the file exists).
     *
     * @throws QuotebenchException naming the file and line of an entry that is not HOST TAB OUTLET
     */
    public static KnownOutlets withUserFile(Path userFile) {
        KnownOutlets base = builtIn();
        if (!Files.isRegularFile(userFile)) {
            return base;
        }
        Map<String, String> table = new HashMap<>(base.byHost);
        try {
            parse(Files.readString(userFile, StandardCharsets.UTF_8), userFile.toString(), table);
        } catch (IOException e) {
            throw new QuotebenchException(userFile + ": could not be read (" + e.getMessage() + ").");
        }
        return new KnownOutlets(table);
    }

    /** The table of this user: the built-in one and {@code outlets.tsv} in the settings folder. */
    public static KnownOutlets forUser() {
        return withUserFile(org.quotebench.core.ConfigFolder.forUser().resolve(USER_FILE));
    }

    /**
     * The user's table, or the built-in one when the user's {@code outlets.tsv} has a bad line: the
     * import goes on, and {@code warn} is told the file, the line and that the built-in table was used.
     */
    public static KnownOutlets forUser(java.util.function.Consumer<String> warn) {
        return withUserFile(org.quotebench.core.ConfigFolder.forUser().resolve(USER_FILE), warn);
    }

    /** {@link #withUserFile(Path)}, or the built-in table when the file has a bad line ({@code warn} is told). */
    public static KnownOutlets withUserFile(Path userFile, java.util.function.Consumer<String> warn) {
        try {
            return withUserFile(userFile);
        } catch (QuotebenchException bad) {
            warn.accept(bad.getMessage() + " The built-in table of outlets was used.");
            return builtIn();
        }
    }

    /** The outlet of a page at {@code url}: from the table, else its host name; empty for no web address. */
    public Optional<String> outletOf(String url) {
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String suffix = name; suffix.contains("."); suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            String outlet = byHost.get(suffix);
            if (outlet != null) {
                return Optional.of(outlet);
            }
        }
        return Optional.of(name.startsWith("www.") ? name.substring(4) : name);
    }

    private static void parse(String text, String file, Map<String, String> table) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String host = tab < 0 ? "" : line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
            String outlet = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (host.isEmpty() || outlet.isEmpty() || host.contains("/") || host.contains(" ")) {
                throw new QuotebenchException(file + ":" + (i + 1) + ": expected a host name, a tab and the outlet's name "
                        + "(such as reuters.com<TAB>Reuters).");
            }
            table.put(host.startsWith("www.") ? host.substring(4) : host, outlet);
        }
    }
}
