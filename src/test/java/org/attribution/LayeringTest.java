package org.attribution;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering, kept by rules rather than by review. The library, from top to bottom: the
 * facade ({@link AttributionExtractor} and its implementation) builds the pipeline, the pipeline
 * assembles the stages, the stages read the lexicons and pass along the annotations, and everything
 * shares the value types of the API package and the internal helpers. The applications (command
 * line, Spark, report, indexes, evaluation, benchmarks, inputs and outputs) sit above it all and
 * are never imported by the library. The stages, in turn, are ordered as the pipeline runs them.
 */
class LayeringTest {

  private static final Set<String> FACADE =
      Set.of(AttributionExtractor.class.getName(), PipelineAttributionExtractor.class.getName());

  private static final String[] APPLICATIONS = {
    "org.attribution.cli..",
    "org.attribution.options..",
    "org.attribution.spark..",
    "org.attribution.report..",
    "org.attribution.index..",
    "org.attribution.eval..",
    "org.attribution.bench..",
    "org.attribution.batch..",
    "org.attribution.io..",
    "org.attribution.serve..",
    "org.attribution.speakers.."
  };

  /** The stage packages in the order the pipeline runs them: each may use only those before it. */
  private static final List<String> STAGES =
      List.of("tokens", "phrase", "quote", "cue", "content", "speaker", "tagged", "record");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // Only the project's own classes matter; resolving CoreNLP's and Spark's too takes a minute.
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attribution");
  }

  @Test
  void libraryLayersOnlyUseTheLayersBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Facade")
        .definedBy(describe("the facade", (JavaClass c) -> FACADE.contains(outermost(c))))
        .layer("Pipeline")
        .definedBy("org.attribution.pipeline..")
        .layer("Stages")
        .definedBy("org.attribution.annotate..", "org.attribution.tagger..")
        .layer("Lexicons")
        .definedBy("org.attribution.lexicon..")
        .layer("Annotations")
        .definedBy("org.attribution.annotation..")
        .layer("Internal")
        .definedBy("org.attribution.internal..")
        .layer("Values")
        .definedBy(
            describe(
                "the API's value types",
                (JavaClass c) ->
                    c.getPackageName().equals("org.attribution") && !FACADE.contains(outermost(c))))
        .layer("Applications")
        .definedBy(APPLICATIONS)
        .whereLayer("Applications")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Facade")
        .mayOnlyBeAccessedByLayers("Applications")
        .whereLayer("Pipeline")
        .mayOnlyBeAccessedByLayers("Facade", "Applications")
        .whereLayer("Stages")
        .mayOnlyBeAccessedByLayers("Pipeline", "Applications")
        .whereLayer("Lexicons")
        .mayOnlyBeAccessedByLayers("Pipeline", "Stages", "Applications")
        .whereLayer("Annotations")
        .mayOnlyBeAccessedByLayers("Pipeline", "Stages", "Lexicons", "Applications")
        .whereLayer("Internal")
        .mayOnlyBeAccessedByLayers("Pipeline", "Stages", "Lexicons", "Annotations", "Applications")
        .check(classes);
  }

  @Test
  void stagesOnlyUseTheStagesThatRunBeforeThem() {
    LayeredArchitecture stages = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String stage : STAGES) {
      stages = stages.layer(stage).definedBy("org.attribution.annotate." + stage + "..");
    }
    for (int i = 0; i < STAGES.size() - 1; i++) {
      stages =
          stages
              .whereLayer(STAGES.get(i))
              .mayOnlyBeAccessedByLayers(
                  STAGES.subList(i + 1, STAGES.size()).toArray(String[]::new));
    }
    stages.whereLayer(STAGES.get(STAGES.size() - 1)).mayNotBeAccessedByAnyLayer().check(classes);
  }

  @Test
  void theCommandLineIsImportedByNoOtherPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.attribution.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attribution.cli..")
        .check(classes);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.attribution.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("org.attribution.annotate.(*)..").should().beFreeOfCycles().check(classes);
  }

  private static String outermost(JavaClass c) {
    JavaClass outer = c;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer.getName();
  }
}
