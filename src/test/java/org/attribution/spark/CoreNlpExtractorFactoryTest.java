package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreNlpExtractorFactoryTest {

  @TempDir Path dir;

  @Test
  void buildsTheExtractorFromTheModelsFolderGiven() throws IOException {
    Files.writeString(dir.resolve("cue-reliability-fast.tsv"), "said\n");
    SparkExtractionOptions options =
        SparkExtractionOptions.defaults().withProfile(Profile.FAST).withModels(dir.toString());

    assertThatThrownBy(() -> new CoreNlpExtractorFactory().create(options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve("cue-reliability-fast.tsv") + " is not a cue model");
  }
}
