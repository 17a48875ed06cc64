package org.quotebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the store's tests (issue 25), never a mock: the one named by
 * {@code QUOTEBENCH_TEST_POSTGRES} (a JDBC URL whose user may create databases and roles), else one
 * started for this test run from the machine's PostgreSQL binaries ({@code pg_ctl} on the PATH or under
 * {@code /usr/lib/postgresql}), else from the binaries the zonky test dependency ships (or those alone with
 * {@code QUOTEBENCH_TEST_POSTGRES_BINARIES=bundled}). A server it
 * starts lives in a temporary folder, listens on 127.0.0.1 on a free port, trusts local connections,
 * runs as {@code nobody} when the tests run as root (PostgreSQL refuses root), and is stopped and removed
 * when the JVM exits. {@code pg_ctl -w} waits for it to accept connections: no sleeps.
 */
public final class PostgresServer {
    /** The superuser every started server has. */
    public static final String SUPERUSER = "postgres";
    private static final String ENVIRONMENT = "QUOTEBENCH_TEST_POSTGRES";
    private static final String ZONKY_ARCHIVE = "/postgres-linux-x86_64.txz";
    private static PostgresServer shared;
    /** On a server these tests start, the group whose members must give a password (the others are trusted). */
    public static final String PASSWORD_REQUIRED = "password_required";
    private boolean asksPasswords;
    /** How to restart a server these tests started (pg_ctl restart); null for a server given by the environment. */
    private Runnable restart;

    private final String host;
    private final int port;
    private final String user;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(String host, int port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    /** The server for this test run, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = Optional.ofNullable(System.getenv(ENVIRONMENT)).filter(s -> !s.isBlank()).map(PostgresServer::given)
                    .orElseGet(PostgresServer::start);
        }
        return shared;
    }

    /**
     * Restarts the server as an administrator would (pg_ctl restart, fast: open transactions are rolled
     * back, every session is dropped); false for a server given by the environment, which is not ours to restart.
     */
    public boolean restart() {
        if (restart == null) {
            return false;
        }
        restart.run();
        return true;
    }

    /** Whether members of {@link #PASSWORD_REQUIRED} must give a password (a server these tests started). */
    public boolean asksPasswords() {
        return asksPasswords;
    }

    /** The host and port, for a window's fields. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A libpq-style address for {@code database} as {@code user} ("postgresql://user@host:port/database"). */
    public String address(String user, String database) {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** A connection to {@code database} as the superuser. */
    public Connection connect(String database) throws SQLException {
        return connect(database, user);
    }

    /** A connection to {@code database} as {@code role} (local connections are trusted: no password). */
    public Connection connect(String database, String role) throws SQLException {
        return DriverManager.getConnection(url(database) + "?user=" + role);
    }

    /** A new empty database (and its name) that no other test uses. */
    public String newDatabase() {
        String name = "qb_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + url("postgres") + ": " + e.getMessage(), e);
        }
        return name;
    }

    private static PostgresServer given(String jdbcUrl) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
        String query = Optional.ofNullable(uri.getQuery()).orElse("");
        String user = Stream.of(query.split("&")).filter(p -> p.startsWith("user=")).map(p -> p.substring(5)).findFirst()
                .orElse(SUPERUSER);
        return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user);
    }

    private static PostgresServer start() {
        try {
            Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "quotebench-postgres-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path bin = binaries(home);
            boolean root = "root".equals(System.getProperty("user.name"));
            Path data = home.resolve("data");
            Path sockets = Files.createDirectory(home.resolve("sockets"));
            Path log = home.resolve("server.log");
            Files.createFile(log);
            if (root) {
                UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.createDirectory(data);
                for (Path p : List.of(data, sockets, log)) {
                    Files.setOwner(p, nobody);
                }
            }
            int port = freePort();
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync");
            // members of PASSWORD_REQUIRED must give a password (the window's prompt is tested with one); others are trusted
            Path hba = data.resolve("pg_hba.conf");
            Files.writeString(hba, "host all +" + PASSWORD_REQUIRED + " 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "120", "-o",
                    "-p " + port + " -k " + sockets + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                            + " -c max_connections=200", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, data, home)));
            PostgresServer server = new PostgresServer("127.0.0.1", port, SUPERUSER);
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + PASSWORD_REQUIRED + " NOLOGIN");
            } catch (SQLException e) {
                throw new IllegalStateException("the test server could not make its roles: " + e.getMessage(), e);
            }
            server.asksPasswords = true;
            server.restart = () -> run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-m", "fast",
                    "-w", "-t", "120", "restart");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a PostgreSQL server for the tests", e);
        }
    }

    /** The folder with initdb and pg_ctl: the machine's, else unpacked from the zonky archive into {@code home}. */
    private static Path binaries(Path home) throws IOException {
        boolean bundled = "bundled".equals(System.getenv("QUOTEBENCH_TEST_POSTGRES_BINARIES")); // to try the zonky ones here
        for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(":")) {
            if (!bundled && !dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_ctl")) && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!bundled && Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        Path unpacked = Files.createDirectory(home.resolve("binaries"));
        try (InputStream archive = PostgresServer.class.getResourceAsStream(ZONKY_ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException("no PostgreSQL binaries: install PostgreSQL or set " + ENVIRONMENT);
            }
            unpack(archive, unpacked);
        }
        return unpacked.resolve("bin");
    }

    /** Unpacks a tar.xz with its files' modes and links, in Java (no tar or xz needed on the machine). */
    private static void unpack(InputStream archive, Path into) throws IOException {
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new org.apache.commons.compress.compressors.xz.XZCompressorInputStream(new java.io.BufferedInputStream(archive)))) {
            org.apache.commons.compress.archivers.tar.TarArchiveEntry entry;
            while ((entry = tar.getNextTarEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("an entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(permissions(entry.getMode())));
                }
            }
        }
    }

    private static String permissions(int mode) {
        String all = "rwxrwxrwx";
        StringBuilder out = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            out.append((mode & (1 << bit)) != 0 ? all.charAt(8 - bit) : '-');
        }
        return out.toString();
    }

    private static void run(boolean asNobody, String... command) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) { // pg_ctl -w gives up by itself (-t)
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(boolean root, Path bin, Path data, Path home) {
        try {
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException ignored) {
            // the server may already be gone; the folder goes either way
        }
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder the system cleans up in time
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
