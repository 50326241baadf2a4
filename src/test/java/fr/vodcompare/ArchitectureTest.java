package fr.vodcompare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md: dependencies point one way, and nothing points back up. */
@AnalyzeClasses(packages = "fr.vodcompare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String P = "fr.vodcompare.";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(P + "model..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "store..", P + "ingest..", P + "analysis..", P + "chart..",
                    P + "ui..", P + "cli..", P + "app..");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage(P + "model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "tools.jackson..");

    /** The one CSV writer and atomic file writer, used by every layer, use nothing of ours. */
    @ArchTest
    static final ArchRule filesDependOnNothingOfOurs = noClasses().that().resideInAPackage(P + "files..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "model..", P + "store..", P + "ingest..", P + "analysis..",
                    P + "chart..", P + "ui..", P + "cli..", P + "app..", "javafx..");

    @ArchTest
    static final ArchRule storeUsesOnlyModel = noClasses().that().resideInAPackage(P + "store..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ingest..", P + "analysis..", P + "chart..", P + "ui..",
                    P + "cli..", P + "app..", "javafx..", "tools.jackson..");

    @ArchTest
    static final ArchRule ingestUsesModelStoreAndJackson = noClasses().that().resideInAPackage(P + "ingest..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "analysis..", P + "chart..", P + "ui..", P + "cli..",
                    P + "app..", "javafx..");

    @ArchTest
    static final ArchRule analysisUsesModelAndStore = noClasses().that().resideInAPackage(P + "analysis..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ingest..", P + "chart..", P + "ui..", P + "cli..",
                    P + "app..", "javafx..");

    @ArchTest
    static final ArchRule chartDoesNotReachUp = noClasses().that().resideInAPackage(P + "chart..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ingest..", P + "ui..", P + "cli..", P + "app..");

    /** DESIGN: chart may use analysis, model and JavaFX; every figure it draws comes through the analyses. */
    @ArchTest
    static final ArchRule chartReadsDataOnlyThroughTheAnalyses = noClasses().that().resideInAPackage(P + "chart..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "store..", "java.sql..")
            .because("charts take analysis results (analysis.MarketData), never the store or its queries");

    /** Dependencies point one way: no two packages (or features) use each other, however indirectly. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching(P + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureCycles = slices().matching(P + "(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiAndCliDoNotUseEachOtherOrTheRoot = noClasses().that().resideInAnyPackage(P + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "cli..", P + "app..");

    @ArchTest
    static final ArchRule cliDoesNotUseTheWindow = noClasses().that().resideInAnyPackage(P + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ui..", P + "app..");

    @ArchTest
    static final ArchRule sqlLivesInTheStore = noClasses().that().resideOutsideOfPackage(P + "store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("all SQL lives in the store package (ingest only passes the store's Connection through)")
            ;

    /** STYLE.md: a view model holds state as properties and never touches a Node. */
    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheAppRoot = noClasses().that().resideInAPackage(P + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "app..");
}
