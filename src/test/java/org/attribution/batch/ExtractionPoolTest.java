package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.attribution.Document;
import org.attribution.io.SourceRecord;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;

class ExtractionPoolTest {

  @Test
  void docTimeoutTooLongForNanosecondsStillCompletesTheDocument() throws Exception {
    try (ExtractionPool pool = new ExtractionPool(1, Duration.ofSeconds(9_999_999_999L), new QuoteExtraction())) {
      DocumentResult result = pool.submit(
          new SourceRecord.Article(Document.of("a", "\"Hi\" said he."), Map.of())).get(1, TimeUnit.MINUTES);

      assertThat(result.error()).isEmpty();
      assertThat(result.attributions()).hasSize(1);
    }
  }
}
