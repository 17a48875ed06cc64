package org.quotebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image's Linux launcher (installer/linux/quotebench) starts the window with the quick JIT
 * only when the image's runtime is older than JDK 25 (decision 12), with both compilers and C2's
 * thresholds raised from JDK 25, whose AOT cache holds the training run's profiles (decision 14), and
 * every command with the JVM's compilers and the throughput collector (decision 28); it always passes the start-up archive and the arguments on unchanged. Runs the real script in a scratch image whose "java" prints what it
 * was given.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String C2_LATER = "-XX:Tier4InvocationThreshold=50000";
    private static final String THROUGHPUT = "-XX:+UseParallelGC";

    @TempDir
    Path image;
    /** Variables the launcher is started with besides the test's own environment. */
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();

    @BeforeEach
    void makeImage() throws IOException {
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.copy(Path.of("installer/linux/quotebench"), bin.resolve("quotebench"));
        runtime("17.0.15");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        for (Path script : List.of(bin.resolve("quotebench"), java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void withAnOlderRuntimeTheWindowStartsWithTheQuickCompilerOnly() throws Exception {
        assertThat(launch()).contains(C1_ONLY).doesNotContain(C2_LATER);
        assertThat(launch("-w", "my work.qb")).contains(C1_ONLY).endsWith("org.quotebench.app.Main", "-w", "my work.qb");
        assertThat(launch("--workspace=news.qb")).contains(C1_ONLY);
        assertThat(launch("/home/ana/Fact checks/harbour.qb")).contains(C1_ONLY)
                .endsWith("/home/ana/Fact checks/harbour.qb");
    }

    @Test
    void withAJdk25RuntimeTheWindowKeepsBothCompilers() throws Exception {
        runtime("25.0.3");
        // A file the JVM's pattern would match as a shell glob, where the launcher runs: the shell must leave * alone.
        Files.writeString(image.resolve("-XX:CompileCommand=CompileThresholdScaling,org.quotebench.store.Quotes::add,0.02"), "");
        assertThat(launch()).doesNotContain(C1_ONLY).contains(C2_LATER, "-XX:Tier4BackEdgeThreshold=400000",
                "-XX:CompileCommand=CompileThresholdScaling,org.quotebench.store.*::*,0.02") // one argument, * kept
                .endsWith("org.quotebench.app.Main");
        assertThat(launch("-w", "my work.qb")).doesNotContain(C1_ONLY).contains(C2_LATER)
                .endsWith("org.quotebench.app.Main", "-w", "my work.qb");
        assertThat(launch("/home/ana/Fact checks/harbour.qb")).doesNotContain(C1_ONLY).contains(C2_LATER);
        assertThat(launch("import", "-w", "news.qb", "articles/")).doesNotContain(C1_ONLY).doesNotContain(C2_LATER);
        assertThat(launch("--version")).doesNotContain(C2_LATER);
        runtime("26");
        assertThat(launch()).doesNotContain(C1_ONLY).contains(C2_LATER);
    }

    @Test
    void withoutTheRuntimesVersionTheWindowStartsWithTheQuickCompilerOnly() throws Exception {
        Files.delete(image.resolve("lib/runtime/release"));
        assertThat(launch()).contains(C1_ONLY).doesNotContain(C2_LATER);
        assertThat(launch("--version")).doesNotContain(C1_ONLY);
        Files.writeString(image.resolve("lib/runtime/release"), "IMPLEMENTOR=\"Someone\"\n"); // no version in it
        assertThat(launch()).contains(C1_ONLY).doesNotContain(C2_LATER);
    }

    @Test
    void commandsKeepBothCompilers() throws Exception {
        assertThat(launch("--version")).doesNotContain(C1_ONLY).doesNotContain(C2_LATER).endsWith("org.quotebench.app.Main", "--version");
        assertThat(launch("import", "-w", "news.qb", "articles/")).doesNotContain(C1_ONLY);
        assertThat(launch("suggest", "a.qb")).doesNotContain(C1_ONLY);
        assertThat(launch("-w")).doesNotContain(C1_ONLY);
        assertThat(launch("list", "-w", "news.qb")).doesNotContain(C1_ONLY);
    }

    /** Commands are batches: the throughput collector (decision 28); the window keeps the JVM's default, for short pauses. */
    @Test
    void commandsRunWithTheThroughputCollectorAndTheWindowWithTheDefault() throws Exception {
        for (String version : List.of("17.0.15", "25.0.3")) {
            runtime(version);
            assertThat(launch("suggest", "-w", "news.qb", "--all")).contains(THROUGHPUT);
            assertThat(launch("import", "-w", "news.qb", "articles/")).contains(THROUGHPUT);
            assertThat(launch("--version")).contains(THROUGHPUT);
            assertThat(launch()).doesNotContain(THROUGHPUT);
            assertThat(launch("-w", "my work.qb")).doesNotContain(THROUGHPUT);
            assertThat(launch("/home/ana/Fact checks/harbour.qb")).doesNotContain(THROUGHPUT);
        }
    }

    /** A collector the environment chooses is left alone: given two, the JVM would refuse to start (review find). */
    @Test
    void aCollectorChosenInTheEnvironmentIsKept() throws Exception {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            environment.put(variable, "-Xmx2g -XX:+UseZGC");
            assertThat(launch("suggest", "-w", "news.qb", "--all")).doesNotContain(THROUGHPUT);
            environment.put(variable, "-Xmx2g");
            assertThat(launch("suggest", "-w", "news.qb", "--all")).contains(THROUGHPUT);
            environment.remove(variable);
        }
    }

    @Test
    void everyStartUsesTheImagesArchiveAndJar() throws Exception {
        for (List<String> run : List.of(launch(), launch("--version"))) {
            assertThat(run).contains("-XX:SharedArchiveFile=" + image.toRealPath().resolve("lib/app/quotebench.jsa"),
                    image.toRealPath().resolve("lib/app/quotebench.jar").toString());
        }
    }

    /** Gives the scratch image a runtime release file naming that Java version, as jlink writes it. */
    private void runtime(String version) throws IOException {
        Files.writeString(image.resolve("lib/runtime/release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\""
                + version + "\"\nMODULES=\"java.base java.desktop\"\n");
    }

    /** The arguments the launcher gave java, one per element. */
    private List<String> launch(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/quotebench").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(image.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
