package fr.vodcompare.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md for the chart and analysis packages: ui/cli → chart → analysis → store → model. */
class ChartLayersTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.vodcompare");

    @Test
    void analysisComputesPlainDataWithoutJavaFxOrTheLayersAbove() {
        noClasses().that().resideInAPackage("fr.vodcompare.analysis..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "fr.vodcompare.chart..", "fr.vodcompare.cli..", "fr.vodcompare.ui..",
                        "fr.vodcompare.app..", "fr.vodcompare.ingest..")
                .check(CLASSES);
    }

    @Test
    void chartsDoNotReachUpToTheWindowOrTheCommandLine() {
        noClasses().that().resideInAPackage("fr.vodcompare.chart..").should().dependOnClassesThat()
                .resideInAnyPackage("fr.vodcompare.cli..", "fr.vodcompare.ui..", "fr.vodcompare.app..", "fr.vodcompare.ingest..")
                .check(CLASSES);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideInAnyPackage("fr.vodcompare.analysis..", "fr.vodcompare.chart..").should()
                .dependOnClassesThat().resideInAPackage("java.sql..").check(CLASSES);
    }
}
