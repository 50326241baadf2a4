package fr.vodcompare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * The store's figure queries (counts, breakdowns, history, Top 10: every {@code *Queries} class but the title browsing
     * ones, {@code TitleQueries} and {@code TitleBrowseQueries}, that the catalogue's and the data screen's lists use).
     */
    private static final DescribedPredicate<JavaClass> FIGURE_QUERIES = DescribedPredicate.describe(
            "the store's figure queries (*Queries but TitleQueries and TitleBrowseQueries)",
            c -> c.getPackageName().equals(P + "store") && c.getSimpleName().endsWith("Queries")
                    && !c.getSimpleName().equals("TitleQueries") && !c.getSimpleName().equals("TitleBrowseQueries"));

    /** Issue 8: a view model or a command asks analysis for its figures (MarketData and its analyses). */
    @ArchTest
    static final ArchRule viewModelsAndCommandsTakeFiguresFromAnalysis = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage(P + "cli..")
            .should().dependOnClassesThat(FIGURE_QUERIES)
            .because("figures go through analysis (analysis.MarketData), never straight from the store's queries");

    /** Compare's key figures are computed in analysis (KeyFigures); the screen only arranges and formats them. */
    @ArchTest
    static final ArchRule compareReadsNoStoreButThroughAnalysis = noClasses().that().resideInAPackage(P + "ui.compare..")
            .should().dependOnClassesThat(DescribedPredicate.describe("store classes other than Store",
                    c -> c.getPackageName().equals(P + "store") && !c.getSimpleName().equals("Store")))
            .because("the key figures come from analysis.KeyFigures through analysis.MarketData");

    /** The command line's sourced figures and counts come from analysis too: no command reads the facts or counts itself. */
    @ArchTest
    static final ArchRule commandsDoNotCountOrReadFactsThemselves = noClasses().that().resideInAPackage(P + "cli..")
            .should().callMethodWhere(DescribedPredicate.describe("a fact or count query of the store",
                    call -> call.getTargetOwner().getPackageName().equals(P + "store")
                            && (call.getTargetOwner().getSimpleName().equals("FactRepository")
                                    || call.getTargetOwner().getSimpleName().equals("TitleQueries")
                                    && call.getName().equals("platformCounts"))))
            .because("stats and every command take figures from analysis.MarketData");

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
    /** The figures a screen draws come through the analyses; only the Sources screen lists the facts as rows. */
    @ArchTest
    static final ArchRule viewModelsReadFiguresThroughTheAnalyses = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .and().doNotHaveSimpleName("SourcesViewModel")
            .should().dependOnClassesThat().haveFullyQualifiedName(P + "store.FactRepository");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule uiDoesNotReachTheAppRoot = noClasses().that().resideInAPackage(P + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "app..");
}
