package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.tandem.app.Workbench;
import java.util.Set;

/**
 * The shape of the code, as DESIGN.md draws it, checked on every build: arrows point
 * {@code cli → web → app → stages → model}, stages never import each other, and each library
 * stays in its room. Stages that do not exist yet are listed so that they are held to the same
 * rules the day they land.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only our compiled classes (target/classes), not every jar on the class path. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Workbench.class.getProtectionDomain().getCodeSource().getLocation()));
        }
    }

    private static final String[] STAGES = {
        "extract", "normalize", "segment", "align", "store", "exchange", "coverage", "memory", "terms", "qa"};

    @ArchTest
    static final ArchRule layersPointOneWayAndStagesStayApart = layers();

    @ArchTest
    static final ArchRule tikaOnlyInExtract = library("org.apache.tika..", "..extract..");

    @ArchTest
    static final ArchRule javalinOnlyInWeb = library("io.javalin..", "..web..");

    @ArchTest
    static final ArchRule picocliOnlyInCli = library("picocli..", "..cli..");

    /** Password hashing (Argon2id) belongs to the accounts, nowhere else. */
    @ArchTest
    static final ArchRule passwordHashingOnlyInAccounts = library("org.springframework.security..", "..web.auth..");

    /** The store's files, the HTTP bodies, and RFC 4180 CSV/TSV in exchange (glossary CSV in terms). */
    @ArchTest
    static final ArchRule jacksonOnlyInStoreWebAndCsv = noClasses()
            .that().resideOutsideOfPackages("..store..", "..web..", "..terms..")
            .and().haveSimpleNameNotStartingWith("Delimited")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("Jackson stays in the store, the web layer and the CSV/TSV code (DESIGN.md)");

    /**
     * Normalization, segmentation and counting, and the memory's match tokens (ICU word boundaries
     * so Chinese and Japanese score by words, issue 14), and QA's numbers read and written the
     * target locale's way (issue 15); alignment goes through them.
     */
    @ArchTest
    static final ArchRule icuOnlyInNormalizeSegmentCoverageMemoryAndQa =
            library("com.ibm.icu..", "..normalize..", "..segment..", "..coverage..", "..memory..", "..qa..");

    /** Stop words in extraction; the index and stemming of the memory and the glossary. */
    @ArchTest
    static final ArchRule luceneOnlyInExtractMemoryAndTerms = library("org.apache.lucene..", "..extract..", "..memory..", "..terms..");

    /** {@code extract}, {@code segment} and {@code align} on the command line work without a store. */
    @ArchTest
    static final ArchRule pipelineNeedsNoStore = noClasses()
            .that().haveFullyQualifiedName("dev.tandem.app.Pipeline")
            .or().haveSimpleNameStartingWith("ExtractCommand").or().haveSimpleNameStartingWith("SegmentCommand")
            .or().haveSimpleNameStartingWith("AlignCommand")
            .should().dependOnClassesThat().resideInAPackage("dev.tandem.store..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.tandem.app.Workbench")
            .because("the store-free commands must not open translations/");

    private static ArchRule layers() {
        var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("dev.tandem.cli..")
                .layer("web").definedBy("dev.tandem.web..")
                .layer("app").definedBy("dev.tandem.app..")
                .layer("model").definedBy("dev.tandem.model..");
        for (String stage : STAGES) {
            architecture = architecture.optionalLayer(stage).definedBy("dev.tandem." + stage + "..");
        }
        architecture = architecture
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "web");
        for (String stage : STAGES) {
            architecture = architecture.whereLayer(stage).mayOnlyBeAccessedByLayers("app");
        }
        return architecture.whereLayer("model").mayNotAccessAnyLayer()
                .because("arrows point cli → web → app → stages → model, and stages never import each other");
    }

    private static ArchRule library(String library, String... rooms) {
        return noClasses().that().resideOutsideOfPackages(rooms)
                .should().dependOnClassesThat().resideInAPackage(library)
                .because(library.replace("..", "") + " stays in " + String.join(", ", rooms).replace("..", ""));
    }
}
