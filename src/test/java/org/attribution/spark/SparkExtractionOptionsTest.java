package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attribution.AttributionExtractor;
import org.junit.jupiter.api.Test;

class SparkExtractionOptionsTest {

  @Test
  void takesLengthLimitsUpToTheLongestTextTheExtractorTakes() {
    assertThat(
            SparkExtractionOptions.defaults()
                .withMaxChars(AttributionExtractor.MAX_TEXT_LENGTH)
                .maxChars())
        .isEqualTo(AttributionExtractor.MAX_TEXT_LENGTH);
    assertThatThrownBy(
            () ->
                SparkExtractionOptions.defaults()
                    .withMaxChars(AttributionExtractor.MAX_TEXT_LENGTH + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extractor's limit of 1000000");
    assertThatThrownBy(() -> SparkExtractionOptions.defaults().withMaxChars(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
