package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attribution.AttributionExtractor;
import org.junit.jupiter.api.Test;

/** Spark is an optional dependency: nothing outside this package may need it to load. */
class PlainLibraryIndependenceTest {

  @Test
  void noClassOutsideTheSparkPackageReferencesSpark() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            AttributionExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path sparkPackage = classes.resolve("org/attribution/spark");

    List<Path> offenders;
    try (Stream<Path> files = Files.walk(classes.resolve("org/attribution"))) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".class") && !f.startsWith(sparkPackage))
              .filter(PlainLibraryIndependenceTest::mentionsSpark)
              .toList();
    }

    assertThat(offenders).isEmpty();
  }

  private static boolean mentionsSpark(Path classFile) {
    try {
      // Class names in a class file's constant pool are plain UTF-8 text.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("org/apache/spark");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
