package reassort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the arrows ui → app → engine → domain, app → io, store, and keeps POI, JDBC and JavaFX in their layers. */
@AnalyzeClasses(packages = "reassort", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineAndDomainStayHeadless = noClasses()
            .that().resideInAnyPackage("reassort.engine..", "reassort.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "org.apache.poi..", "org.dhatim..", "de.siegmar..",
                    "org.h2..", "org.flywaydb..", "org.controlsfx..", "picocli..")
            .because("the engine is shared by the UI, the command line and batch runs");

    @ArchTest
    static final ArchRule engineUsesOnlyDomain = noClasses()
            .that().resideInAnyPackage("reassort.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "reassort.io..", "reassort.store..", "reassort.app..", "reassort.ui..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAnyPackage("reassort.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "reassort.engine..", "reassort.io..", "reassort.store..", "reassort.app..", "reassort.ui..");

    @ArchTest
    static final ArchRule ioAndStoreKnowOnlyDomain = noClasses()
            .that().resideInAnyPackage("reassort.io..", "reassort.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "reassort.app..", "reassort.ui..", "javafx..");

    @ArchTest
    static final ArchRule ioAndStoreAreIndependent = noClasses()
            .that().resideInAnyPackage("reassort.io..")
            .should().dependOnClassesThat().resideInAnyPackage("reassort.store..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule storeDoesNotRead = noClasses()
            .that().resideInAnyPackage("reassort.store..")
            .should().dependOnClassesThat().resideInAnyPackage("reassort.io..", "org.apache.poi..", "org.dhatim..");

    @ArchTest
    static final ArchRule uiGoesThroughApp = noClasses()
            .that().resideInAnyPackage("reassort.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "reassort.store..", "java.sql..", "org.apache.poi..", "org.h2..", "org.dhatim..", "de.siegmar..");

    /** The import dialog shows io's inspection, mapping and issue values; reading files stays behind the app layer. */
    @ArchTest
    static final ArchRule uiUsesOnlyIoValues = noClasses()
            .that().resideInAnyPackage("reassort.ui..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("reassort.io..")
                    .and(DescribedPredicate.not(DescribedPredicate.describe("records or enums",
                            (JavaClass c) -> c.isRecord() || c.isEnum()))))
            .because("the UI goes through app use cases to read or write files");

    @ArchTest
    static final ArchRule appHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("reassort.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "reassort.ui..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("reassort.(*)..").should().beFreeOfCycles();
}
