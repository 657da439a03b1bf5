package org.attribution.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.DocumentSource;
import org.attribution.io.SourceRecord;

/**
 * Runs an extraction over every document of a source and writes exactly one result per document,
 * with a bounded number of documents in memory however large the input: it reads ahead only as far
 * as the writer has room ({@link BatchOptions#window()}), extracts on a pool of worker threads with
 * a per-document time limit, and writes from the calling thread. Documents already complete in the
 * output are passed over, for resuming.
 *
 * <p>The extraction is shared by the workers and must be thread-safe. A runner may be reused, but
 * not by two threads at once; runners that share one {@link ExtractionPool} may run at once.
 */
public final class BatchRunner {

  /** How often written lines are forced to disk, bounding what a power loss can take. */
  private static final Duration SYNC_INTERVAL = Duration.ofSeconds(10);

  private final BatchOptions options;
  private final Supplier<ExtractionPool> pools;
  private final boolean ownsPool;
  private final Progress progress;

  /** A runner that starts a pool of {@code options.threads()} workers for each run. */
  public BatchRunner(
      BatchOptions options, Function<Document, List<Attribution>> extraction, Progress progress) {
    this(
        options,
        () -> new ExtractionPool(options.threads(), options.docTimeout(), extraction),
        true,
        progress);
  }

  /**
   * A runner whose runs extract on {@code pool}, which they leave open, so that several runs share
   * its workers (a service's streams). The pool's own time limit applies, not {@code options}'.
   */
  public BatchRunner(BatchOptions options, ExtractionPool pool, Progress progress) {
    this(options, () -> pool, false, progress);
  }

  private BatchRunner(
      BatchOptions options, Supplier<ExtractionPool> pools, boolean ownsPool, Progress progress) {
    this.options = options;
    this.pools = pools;
    this.ownsPool = ownsPool;
    this.progress = progress;
  }

  /**
   * Extracts every document of {@code source} not in {@code done} and writes the results to {@code
   * sink}. Problems with single documents become error records; the run stops only when the output
   * cannot be written.
   *
   * @throws IOException if writing to {@code sink} fails; what was written before stays valid
   */
  public BatchSummary run(DocumentSource source, ResultSink sink, CompletedIds done)
      throws IOException {
    Run run = new Run(sink);
    progress.start(source.size());
    ExtractionPool pool = pools.get();
    try {
      ResultQueue queue = ResultQueue.create(options.ordered());
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        SourceRecord record = next.get();
        if (done.claim(record.id())) {
          run.skipped++;
          progress.skipped();
          continue;
        }
        queue.add(record.id(), start(record, pool));
        while (queue.size() >= options.window()) {
          run.write(queue.next());
        }
        run.writeReady(queue);
      }
      while (queue.size() > 0) {
        run.write(queue.next());
      }
      sink.flush(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("batch interrupted");
    } finally {
      if (ownsPool) {
        pool.close();
      }
      progress.close();
    }
    return new BatchSummary(
        run.documents,
        run.skipped,
        run.attributions,
        run.errors,
        Duration.ofNanos(System.nanoTime() - run.startNanos));
  }

  private CompletableFuture<DocumentResult> start(SourceRecord record, ExtractionPool pool) {
    if (record instanceof SourceRecord.Unreadable unreadable) {
      progress.warn(unreadable.message());
      return CompletableFuture.completedFuture(
          DocumentResult.failure(
              unreadable.id(), Map.of(), DocumentError.Kind.READ, unreadable.message()));
    }
    SourceRecord.Article article = (SourceRecord.Article) record;
    int length = article.document().text().length();
    if (length > options.maxChars()) {
      return CompletableFuture.completedFuture(
          DocumentResult.failure(
              article.id(),
              article.keptFields(),
              DocumentError.Kind.TOO_LONG,
              String.format(
                  Locale.ROOT,
                  "text has %,d characters, more than the limit of %,d",
                  length,
                  options.maxChars())));
    }
    return pool.submit(article);
  }

  /** The counters and flush schedule of one run; used by the calling thread only. */
  private final class Run {
    final ResultSink sink;
    final long startNanos = System.nanoTime();
    long lastSyncNanos = startNanos;
    boolean unflushed;
    long documents;
    long skipped;
    long attributions;
    long errors;

    Run(ResultSink sink) {
      this.sink = sink;
    }

    void write(DocumentResult result) throws IOException {
      DocumentResult written = result;
      try {
        sink.write(result);
      } catch (OutOfMemoryError e) {
        // The record was too large to build (the sinks build a record before they write it): the
        // document gets an error record in its place, as a failure of its extraction would, and
        // the memory the record took is free again.
        written =
            DocumentResult.failure(
                result.id(),
                result.keptFields(),
                DocumentError.Kind.EXTRACTION,
                String.format(
                    Locale.ROOT,
                    "%s while writing the record of its %,d attributions",
                    e,
                    result.attributions().size()));
        sink.write(written);
      }
      unflushed = true;
      documents++;
      attributions += written.attributions().size();
      errors += written.error().isPresent() ? 1 : 0;
      progress.written(written);
    }

    /**
     * Writes what is finished, then flushes while the writer would otherwise wait, so that an
     * interruption loses at most the documents still in work.
     */
    void writeReady(ResultQueue queue) throws IOException {
      for (Optional<DocumentResult> r = queue.ready(); r.isPresent(); r = queue.ready()) {
        write(r.get());
      }
      if (unflushed) {
        long now = System.nanoTime();
        boolean durable = now - lastSyncNanos >= SYNC_INTERVAL.toNanos();
        sink.flush(durable);
        lastSyncNanos = durable ? now : lastSyncNanos;
        unflushed = false;
      }
    }
  }
}
