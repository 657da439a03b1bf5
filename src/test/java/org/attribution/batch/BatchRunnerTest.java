package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.DocumentSource;
import org.attribution.io.SourceRecord;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;

/**
 * No test here races the clock: a document is slow because it waits for something the test
 * controls, and options give no time limit unless the test is about it.
 */
class BatchRunnerTest {

  private static final Function<Document, List<Attribution>> QUOTES = new QuoteExtraction();

  /**
   * How long a document held back by a test waits before giving up, only so that a broken runner
   * fails the test instead of hanging it: far beyond what the rest of the batch takes on a busy
   * machine.
   */
  private static final long HANG_GUARD_MINUTES = 2;

  @Test
  void writesOneResultPerDocumentInInputOrderWhateverTheOrderTheyFinishIn() throws IOException {
    List<SourceRecord> docs = articles(200);
    Function<Document, List<Attribution>> jittery =
        d -> {
          sleep(ThreadLocalRandom.current().nextInt(3));
          return QUOTES.apply(d);
        };
    ListSink sink = new ListSink();

    BatchSummary summary =
        runner(options(4, true), jittery).run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results).extracting(DocumentResult::id).containsExactlyElementsOf(ids(docs));
    assertThat(sink.results.get(7).attributions())
        .isEqualTo(QUOTES.apply(((SourceRecord.Article) docs.get(7)).document()));
    assertThat(summary.documents()).isEqualTo(200);
    assertThat(summary.attributions())
        .isEqualTo(sink.results.stream().mapToLong(r -> r.attributions().size()).sum());
    assertThat(summary.errors()).isZero();
  }

  @Test
  void writesEveryDocumentOnceWhenUnordered() throws IOException {
    List<SourceRecord> docs = articles(100);
    CountDownLatch oneWritten = new CountDownLatch(1);
    Function<Document, List<Attribution>> slowFirst =
        d -> {
          if (d.id().equals("doc-0")) {
            awaitIgnoringInterrupts(oneWritten); // finishes only once another document is written
          }
          return QUOTES.apply(d);
        };
    ListSink sink =
        new ListSink() {
          @Override
          public void write(DocumentResult result) throws IOException {
            super.write(result);
            oneWritten.countDown();
          }
        };

    runner(options(3, false), slowFirst).run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results)
        .extracting(DocumentResult::id)
        .containsExactlyInAnyOrderElementsOf(ids(docs));
    assertThat(sink.results.get(0).id()).isNotEqualTo("doc-0");
  }

  @Test
  void givesTooLongDocumentsAnErrorRecordWithoutExtractingThem() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    List<SourceRecord> docs =
        List.of(article("short", "\"Hi\" said"), article("long", "x".repeat(101)));
    ListSink sink = new ListSink();

    BatchSummary summary =
        runner(
                new BatchOptions(2, 100, Duration.ZERO, true),
                d -> {
                  calls.incrementAndGet();
                  return QUOTES.apply(d);
                })
            .run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results.get(1).error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.kind()).isEqualTo(DocumentError.Kind.TOO_LONG);
              assertThat(e.message()).contains("101").contains("100");
            });
    assertThat(calls).hasValue(1);
    assertThat(summary.errors()).isEqualTo(1);
  }

  @Test
  void givesADocumentPastItsTimeLimitAnErrorRecordAndGoesOnAtFullStrength() throws IOException {
    List<SourceRecord> docs = new ArrayList<>();
    docs.add(article("hang-1", "HANG"));
    docs.add(article("hang-2", "HANG"));
    docs.addAll(articles(20));
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger gaveUpWaiting = new AtomicInteger();
    Function<Document, List<Attribution>> hangs =
        d -> {
          // Like an extractor that ignores interrupts: both workers stay stuck until the batch is
          // over.
          if (d.text().equals("HANG") && !awaitIgnoringInterrupts(release)) {
            gaveUpWaiting.incrementAndGet();
          }
          return QUOTES.apply(d);
        };
    ListSink sink = new ListSink();

    BatchSummary summary;
    try {
      summary =
          runner(new BatchOptions(2, 1000, Duration.ofMillis(200), true), hangs)
              .run(source(docs), sink, CompletedIds.none());
    } finally {
      release.countDown();
    }

    assertThat(gaveUpWaiting)
        .as("the batch ended while the stuck workers were still stuck")
        .hasValue(0);
    assertThat(sink.results).extracting(DocumentResult::id).containsExactlyElementsOf(ids(docs));
    assertThat(sink.results.subList(0, 2))
        .allSatisfy(
            r ->
                assertThat(r.error())
                    .hasValueSatisfying(
                        e -> assertThat(e.kind()).isEqualTo(DocumentError.Kind.TIMEOUT)));
    assertThat(summary.errors()).isEqualTo(2);
  }

  @Test
  void turnsAnExtractorFailureIntoAnErrorRecord() throws IOException {
    List<SourceRecord> docs =
        List.of(article("a", "\"ok\""), article("bad", "boom"), article("c", "\"ok\""));
    Function<Document, List<Attribution>> failing =
        d -> {
          if (d.text().equals("boom")) {
            throw new IllegalStateException("parser gave up");
          }
          return QUOTES.apply(d);
        };
    ListSink sink = new ListSink();

    runner(options(2, true), failing).run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results.get(1).error())
        .hasValue(
            new DocumentError(
                DocumentError.Kind.EXTRACTION, "java.lang.IllegalStateException: parser gave up"));
    assertThat(sink.results.get(2).attributions()).hasSize(1);
  }

  @Test
  void turnsAnOutOfMemoryErrorWhileWritingARecordIntoAnErrorRecord() throws IOException {
    List<SourceRecord> docs =
        List.of(article("a", "\"ok\""), article("huge", "\"too big\""), article("c", "\"ok\""));
    ListSink sink =
        new ListSink() {
          @Override
          public void write(DocumentResult result) throws IOException {
            if (result.id().equals("huge") && result.error().isEmpty()) {
              throw new OutOfMemoryError("Java heap space");
            }
            super.write(result);
          }
        };

    BatchSummary summary =
        runner(options(2, true), QUOTES).run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results).extracting(DocumentResult::id).containsExactly("a", "huge", "c");
    assertThat(sink.results.get(1).error())
        .hasValue(
            new DocumentError(
                DocumentError.Kind.EXTRACTION,
                "java.lang.OutOfMemoryError: Java heap space while writing the record of its 1"
                    + " attributions"));
    assertThat(summary.errors()).isEqualTo(1);
    assertThat(summary.attributions()).isEqualTo(2);
  }

  @Test
  void writesUnreadableDocumentsAsReadErrorsAndWarns() throws IOException {
    List<SourceRecord> docs =
        List.of(
            article("a", "x"),
            new SourceRecord.Unreadable("in.jsonl:2", "in.jsonl:2 is not valid JSON"));
    ListSink sink = new ListSink();
    List<String> warnings = new ArrayList<>();

    new BatchRunner(options(1, true), QUOTES, new RecordingProgress(warnings))
        .run(source(docs), sink, CompletedIds.none());

    assertThat(sink.results.get(1))
        .isEqualTo(
            DocumentResult.failure(
                "in.jsonl:2", Map.of(), DocumentError.Kind.READ, "in.jsonl:2 is not valid JSON"));
    assertThat(warnings).containsExactly("in.jsonl:2 is not valid JSON");
  }

  @Test
  void passesOverDocumentsAlreadyComplete() throws IOException {
    List<SourceRecord> docs = articles(10);
    long[] done = {CompletedIds.hash("doc-2"), CompletedIds.hash("doc-5")};
    ListSink sink = new ListSink();

    BatchSummary summary =
        runner(options(2, true), QUOTES).run(source(docs), sink, CompletedIds.ofHashes(done, 2));

    assertThat(sink.results)
        .extracting(DocumentResult::id)
        .doesNotContain("doc-2", "doc-5")
        .hasSize(8);
    assertThat(summary.skipped()).isEqualTo(2);
    assertThat(summary.documents()).isEqualTo(8);
  }

  @Test
  void redoesARepeatedIdOnlyAsOftenAsTheOutputLacksIt() throws IOException {
    List<SourceRecord> docs =
        List.of(article("same", "\"one\""), article("other", "x"), article("same", "\"two\""));
    long[] done = {CompletedIds.hash("same")};
    ListSink sink = new ListSink();

    runner(options(1, true), QUOTES).run(source(docs), sink, CompletedIds.ofHashes(done, 1));

    assertThat(sink.results).extracting(DocumentResult::id).containsExactly("other", "same");
    assertThat(sink.results.get(1).attributions())
        .extracting(Attribution::content)
        .containsExactly("two");
  }

  @Test
  void readsAheadOfTheWriterNoFurtherThanItsWindowOverAHundredThousandDocuments()
      throws IOException {
    BatchOptions options = options(2, true);
    AtomicInteger written = new AtomicInteger();
    int[] maxAhead = {0};
    DocumentSource endless =
        new DocumentSource() {
          int read;

          @Override
          public Optional<SourceRecord> next() {
            if (read == 100_000) {
              return Optional.empty();
            }
            maxAhead[0] = Math.max(maxAhead[0], read - written.get());
            return Optional.of(article("doc-" + read++, "\"Quote\" said"));
          }

          @Override
          public void close() {}
        };
    ResultSink counting =
        new ListSink() {
          @Override
          public void write(DocumentResult result) {
            written.incrementAndGet();
          }
        };

    BatchSummary summary = runner(options, QUOTES).run(endless, counting, CompletedIds.none());

    assertThat(summary.documents()).isEqualTo(100_000);
    assertThat(written).hasValue(100_000);
    assertThat(maxAhead[0]).isLessThanOrEqualTo(options.window());
  }

  @Test
  void stopsWithTheOutputErrorWhenTheOutputFails() {
    ResultSink full =
        new ListSink() {
          @Override
          public void write(DocumentResult result) throws IOException {
            if (results.size() == 3) {
              throw new IOException("No space left on device");
            }
            super.write(result);
          }
        };

    assertThatThrownBy(
            () ->
                runner(options(2, true), QUOTES)
                    .run(source(articles(50)), full, CompletedIds.none()))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }

  static List<SourceRecord> articles(int n) {
    List<SourceRecord> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(
          article("doc-" + i, "\"Quote " + i + "\" said the source." + " \"More\"".repeat(i % 3)));
    }
    return docs;
  }

  static SourceRecord.Article article(String id, String text) {
    return new SourceRecord.Article(Document.of(id, text), Map.of());
  }

  static DocumentSource source(List<SourceRecord> records) {
    var it = records.iterator();
    return new DocumentSource() {
      @Override
      public Optional<SourceRecord> next() {
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
      }

      @Override
      public OptionalLong size() {
        return OptionalLong.of(records.size());
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> ids(List<SourceRecord> docs) {
    return docs.stream().map(SourceRecord::id).toList();
  }

  private static BatchOptions options(int threads, boolean ordered) {
    return new BatchOptions(threads, 100_000, Duration.ZERO, ordered);
  }

  private static BatchRunner runner(
      BatchOptions options, Function<Document, List<Attribution>> extraction) {
    return new BatchRunner(options, extraction, Progress.silent());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for {@code latch}, ignoring interrupts; false if the hang guard ran out first. */
  private static boolean awaitIgnoringInterrupts(CountDownLatch latch) {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_GUARD_MINUTES);
    while (true) {
      try {
        return latch.await(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        // ignored on purpose
      }
    }
  }

  static class ListSink implements ResultSink {
    final List<DocumentResult> results = new ArrayList<>();

    @Override
    public void write(DocumentResult result) throws IOException {
      results.add(result);
    }

    @Override
    public void flush(boolean durable) {}

    @Override
    public void close() {}
  }

  private record RecordingProgress(List<String> warnings) implements Progress {
    @Override
    public void start(OptionalLong total) {}

    @Override
    public void skipped() {}

    @Override
    public void written(DocumentResult result) {}

    @Override
    public void warn(String message) {
      warnings.add(message);
    }

    @Override
    public void close() {}
  }
}
