package org.quotebench.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ImporterArchitectureTest {
    private static final JavaClasses IMPORTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quotebench.importer");

    @Test
    void importerUsesOnlyCoreAndItsLibraries() {
        classes().that().resideInAPackage("org.quotebench.importer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.quotebench.importer..", "org.quotebench.core..", "java..", "org.jsoup..",
                        "com.ibm.icu..", "com.fasterxml.jackson..", "org.apache.commons.csv..", "javax.net.ssl..",
                        "com.rometools.rome..", "org.xml.sax..")
                .check(IMPORTER);
    }

    @Test
    void importerNeverPrints() {
        noClasses().that().resideInAPackage("org.quotebench.importer..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(IMPORTER);
    }
}
