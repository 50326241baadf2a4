package fr.vodcompare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md and the view-model rules of STYLE.md, as tests that fail the build. */
@AnalyzeClasses(packages = "fr.vodcompare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule uiDoesNotUseTheAppOrTheCommandLine = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vodcompare.app..", "fr.vodcompare.cli..");

    @ArchTest
    static final ArchRule storeKnowsNothingAbove = noClasses().that().resideInAPackage("fr.vodcompare.store..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vodcompare.ui..", "fr.vodcompare.app..",
                    "fr.vodcompare.cli..", "fr.vodcompare.ingest..", "javafx..");

    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("fr.vodcompare.model..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vodcompare.store..", "fr.vodcompare.ingest..",
                    "fr.vodcompare.ui..", "fr.vodcompare.app..", "fr.vodcompare.cli..", "javafx..", "java.sql..");

    /** The window reads through the store's queries only (ingest passes the store's connection to its writes). */
    @ArchTest
    static final ArchRule noJdbcInTheWindow = noClasses().that().resideInAnyPackage("fr.vodcompare.ui..", "fr.vodcompare.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "atlantafx..", "org.kordamp..");
}
