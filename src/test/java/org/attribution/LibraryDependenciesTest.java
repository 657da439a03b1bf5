package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The libraries of the command line, the report and the WARC and CSV formats are optional in the
 * pom, so they do not reach a project that depends on this one: the classes the extractor loads
 * (this package, and the pipeline, annotate, lexicon and internal packages) must need none of them,
 * nor any package that does.
 */
class LibraryDependenciesTest {

  private static final List<String> EXTRACTION_PACKAGES =
      List.of(
          "org/attribution/pipeline",
          "org/attribution/annotation",
          "org/attribution/annotate",
          "org/attribution/lexicon",
          "org/attribution/internal");

  private static final List<String> OPTIONAL =
      List.of(
          "picocli/",
          "org/netpreserve/",
          "org/jsoup/",
          "org/apache/commons/csv/",
          "me/tongfei/",
          "org/jline/",
          "org/attribution/io/",
          "org/attribution/batch/",
          "org/attribution/cli/",
          "org/attribution/options/",
          "org/attribution/report/",
          "org/attribution/eval/",
          "org/attribution/bench/",
          "org/attribution/spark/");

  @Test
  void extractionNeedsNoCommandLineLibrary() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            AttributionExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> extraction;
    try (Stream<Path> api = Files.list(classes.resolve("org/attribution"));
        Stream<Path> internals =
            EXTRACTION_PACKAGES.stream().flatMap(p -> list(classes.resolve(p)))) {
      extraction =
          Stream.concat(api, internals).filter(f -> f.toString().endsWith(".class")).toList();
    }

    assertThat(extraction).hasSizeGreaterThan(30);
    assertThat(extraction)
        .filteredOn(f -> !referenced(f).isEmpty())
        .as("classes that reference %s", OPTIONAL)
        .isEmpty();
  }

  /**
   * The optional packages whose names stand in the class file's constant pool (plain UTF-8 text).
   */
  private static List<String> referenced(Path classFile) {
    try {
      String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return OPTIONAL.stream().filter(constants::contains).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
