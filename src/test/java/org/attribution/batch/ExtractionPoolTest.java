package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.SourceRecord;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;

class ExtractionPoolTest {

  @Test
  void docTimeoutTooLongForNanosecondsStillCompletesTheDocument() throws Exception {
    try (ExtractionPool pool =
        new ExtractionPool(1, Duration.ofSeconds(9_999_999_999L), new QuoteExtraction())) {
      DocumentResult result =
          pool.submit(new SourceRecord.Article(Document.of("a", "\"Hi\" said he."), Map.of()))
              .get(1, TimeUnit.MINUTES);

      assertThat(result.error()).isEmpty();
      assertThat(result.attributions()).hasSize(1);
    }
  }

  @Test
  void timedOutWorkStopsAndItsWorkerTakesTheNextDocuments() throws Exception {
    // Loops until interrupted, as the pipeline's stages do when they check the interrupt.
    Function<Document, List<Attribution>> extraction =
        d -> {
          while (d.text().equals("ENDLESS")) {
            if (Thread.interrupted()) {
              throw new RuntimeInterruptedException();
            }
            Thread.onSpinWait();
          }
          return new QuoteExtraction().apply(d);
        };
    // No replacement thread within the test: only the interrupted worker can take the next
    // documents.
    try (ExtractionPool pool =
        new ExtractionPool(1, Duration.ofMillis(50), Duration.ofDays(1), extraction)) {
      CompletableFuture<DocumentResult> endless = pool.submit(article("endless", "ENDLESS"));
      CompletableFuture<DocumentResult> next = pool.submit(article("next", "\"Hi\" said he."));
      CompletableFuture<DocumentResult> last = pool.submit(article("last", "\"Bye\" said she."));

      assertThat(endless.get(1, TimeUnit.MINUTES).error())
          .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(DocumentError.Kind.TIMEOUT));
      assertThat(next.get(1, TimeUnit.MINUTES).attributions()).hasSize(1);
      assertThat(last.get(1, TimeUnit.MINUTES).attributions()).hasSize(1);
      assertThat(pool.largestSize()).isEqualTo(1);
    }
  }

  private static SourceRecord.Article article(String id, String text) {
    return new SourceRecord.Article(Document.of(id, text), Map.of());
  }
}
