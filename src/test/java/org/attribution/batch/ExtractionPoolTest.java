package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.io.SourceRecord;
import org.attribution.pipeline.AttributionPipeline;
import org.attribution.pipeline.ProfilePipelines;
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

  /**
   * A worker blocked in a read is runnable but uses no processor, as a worker is while other work
   * holds the processor: its document is charged nothing for the wait and does not time out.
   */
  @Test
  void countsTheProcessorTimeOfTheDocumentNotTheTimeOthersHoldTheProcessor() throws Exception {
    Pipe pipe = Pipe.open();
    Function<Document, List<Attribution>> waitsForTheProcessor =
        d -> {
          try {
            pipe.source().read(ByteBuffer.allocate(1));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new QuoteExtraction().apply(d);
        };
    try (ExtractionPool pool =
        new ExtractionPool(1, Duration.ofMillis(100), waitsForTheProcessor)) {
      CompletableFuture<DocumentResult> result = pool.submit(article("a", "\"Hi\" said he."));
      Thread.sleep(2_000); // twenty times the limit
      pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));

      assertThat(result.get(1, TimeUnit.MINUTES).error()).isEmpty();
    }
  }

  @Test
  void countsTheTimeADocumentSleeps() throws Exception {
    Function<Document, List<Attribution>> sleeps =
        d -> {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            throw new RuntimeInterruptedException(e);
          }
          return List.of();
        };
    try (ExtractionPool pool = new ExtractionPool(1, Duration.ofMillis(100), sleeps)) {
      assertThat(pool.submit(article("a", "x")).get(1, TimeUnit.MINUTES).error())
          .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(DocumentError.Kind.TIMEOUT));
    }
  }

  /**
   * Six documents holding a run of U+001C, which kept CoreNLP's tokenizer busy for minutes whatever
   * the interrupt, then thirty healthy ones, on two workers: every document is extracted, and no
   * worker is ever given up on.
   */
  @Test
  void extractsTheHealthyDocumentsAfterSixRunsOfFileSeparators() throws Exception {
    AttributionPipeline fast = ProfilePipelines.of(Profile.FAST);
    List<CompletableFuture<DocumentResult>> hostile = new ArrayList<>();
    List<CompletableFuture<DocumentResult>> healthy = new ArrayList<>();
    try (ExtractionPool pool =
        new ExtractionPool(2, Duration.ofSeconds(10), d -> fast.annotate(d.text()))) {
      for (int i = 0; i < 6; i++) {
        hostile.add(pool.submit(article("fs-" + i, "\u001c".repeat(24_000))));
      }
      for (int i = 0; i < 30; i++) {
        healthy.add(pool.submit(article("ok-" + i, "The mayor said the bridge would stay open.")));
      }
      for (CompletableFuture<DocumentResult> result : hostile) {
        assertThat(result.get(10, TimeUnit.MINUTES).error()).isEmpty();
      }
      long finished = 0;
      for (CompletableFuture<DocumentResult> result : healthy) {
        DocumentResult r = result.get(10, TimeUnit.MINUTES);
        finished += r.error().isEmpty() && r.attributions().size() == 1 ? 1 : 0;
      }
      assertThat(finished).isEqualTo(30);
      assertThat(pool.largestSize()).isEqualTo(2);
    }
  }

  /**
   * The real stages heed the interrupt: a long document (about a CPU-second in FAST) that also
   * holds a run of U+001C times out, and its only worker, never replaced, comes back for the next
   * one.
   */
  @Test
  void theWorkerOfATimedOutDocumentStopsAndTakesTheNext() throws Exception {
    AttributionPipeline fast = ProfilePipelines.of(Profile.FAST);
    String slow =
        "\u001c".repeat(48_000) + "The mayor said the bridge would stay open. ".repeat(20_000);
    try (ExtractionPool pool =
        new ExtractionPool(
            1, Duration.ofMillis(200), Duration.ofDays(1), d -> fast.annotate(d.text()))) {
      CompletableFuture<DocumentResult> first = pool.submit(article("slow", slow));
      CompletableFuture<DocumentResult> next = pool.submit(article("next", "\"Hi,\" she said."));

      assertThat(first.get(1, TimeUnit.MINUTES).error())
          .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(DocumentError.Kind.TIMEOUT));
      assertThat(next.get(1, TimeUnit.MINUTES).error()).isEmpty();
      assertThat(pool.largestSize()).isEqualTo(1);
    }
  }

  private static SourceRecord.Article article(String id, String text) {
    return new SourceRecord.Article(Document.of(id, text), Map.of());
  }
}
