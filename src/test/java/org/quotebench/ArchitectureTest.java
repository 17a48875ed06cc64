package org.quotebench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md honest: core ← store, importer, suggest, compare, export ← ui, cli ← app. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quotebench");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("org.quotebench.core..")
                .layer("store").definedBy("org.quotebench.store..")
                .layer("importer").definedBy("org.quotebench.importer..")
                .layer("suggest").definedBy("org.quotebench.suggest..")
                .layer("compare").definedBy("org.quotebench.compare..")
                .layer("export").definedBy("org.quotebench.export..")
                .layer("ui").definedBy("org.quotebench.ui..")
                .layer("cli").definedBy("org.quotebench.cli..")
                .layer("app").definedBy("org.quotebench.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("export", "ui", "cli", "app")
                .whereLayer("importer").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("suggest").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.quotebench.ui..", "org.quotebench.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreKnowsSql() {
        noClasses().that().resideOutsideOfPackage("org.quotebench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theQuoteFinderDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("org.quotebench.suggest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quotebench.store..", "org.quotebench.importer..",
                        "org.quotebench.compare..", "org.quotebench.export..", "org.quotebench.ui..", "org.quotebench.cli..",
                        "org.quotebench.app..", "java.io..", "java.nio.file..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCommandLineNeverUsesTheWindow() {
        noClasses().that().resideInAPackage("org.quotebench.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.quotebench.ui..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.quotebench.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("org.quotebench.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "org.jsoup..",
                        "picocli..")
                .check(classes);
    }

    /**
     * Issue 20: one job runner. Threads, executors, async futures and the FX thread's queue are reached through ui.jobs only;
     * work that its caller waits for (the finder's parts of a long text, a web fetch's host-name lookups) gets its pools from
     * core.ComputingThreads.
     */
    @Test
    void onlyTheJobRunnerStartsThreads() {
        noClasses().that().resideOutsideOfPackage("org.quotebench.ui.jobs..")
                .and().doNotHaveFullyQualifiedName("org.quotebench.core.ComputingThreads")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(assignableTo(Thread.class))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(type(Executors.class))))
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(type(CompletableFuture.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(".*Async"))))
                .orShould().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("background work goes through the job runner (Background, Jobs), which shows failures and counts what runs")
                .check(classes);
    }

    /** Issue 20: start-up tooling (warm-ups, the training run, the start-up probe) is not something features build on. */
    @Test
    void featuresDoNotDependOnStartUpTooling() {
        noClasses().that().resideOutsideOfPackage("org.quotebench.ui.startup..")
                .and().doNotHaveFullyQualifiedName("org.quotebench.ui.QuotebenchWindow")
                .should().dependOnClassesThat().resideInAPackage("org.quotebench.ui.startup..")
                .because("only the window's entry point starts the start-up tooling")
                .check(classes);
    }
}
