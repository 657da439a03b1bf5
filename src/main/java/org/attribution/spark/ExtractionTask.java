package org.attribution.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterators;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.sql.Row;
import org.attribution.Document;
import org.attribution.batch.DocumentError.Kind;
import org.attribution.batch.DocumentResult;
import org.attribution.batch.ExtractionPool;
import org.attribution.io.SourceRecord;

/**
 * Turns the rows of one partition into {@link DocumentOutcome}s, one per row, lazily. Input rows
 * hold the id at position 0, the text at 1 and, when the reader could not read the record, the
 * reader's message at 2 (see {@link JsonLinesRows}).
 *
 * <p>A document that cannot be extracted (null id or text, too long, too slow, or the extractor
 * throws) becomes a failed outcome, and the rest of the partition goes on. An extractor that cannot
 * be built at all fails the task: that is a configuration error, not a property of one document.
 *
 * <p>Serializable, shipped to every task; thread-safe.
 */
final class ExtractionTask implements Serializable {

  // The driver and the executors run the same jar, so one fixed version is all they need.
  private static final long serialVersionUID = 1L;

  private final Class<? extends ExtractorFactory> factory;
  private final SparkExtractionOptions options;

  ExtractionTask(Class<? extends ExtractorFactory> factory, SparkExtractionOptions options) {
    this.factory = requireNonNull(factory, "factory");
    this.options = requireNonNull(options, "options");
  }

  Iterator<DocumentOutcome> outcomes(Iterator<Row> rows) {
    return Iterators.transform(rows, this::outcome);
  }

  /** What becomes of the document of one row. */
  DocumentOutcome outcome(Row row) {
    String id = row.isNullAt(0) ? null : row.getString(0);
    if (row.size() > 2 && !row.isNullAt(2)) {
      return DocumentOutcome.failed(id, Kind.READ, row.getString(2));
    }
    if (id == null) {
      return DocumentOutcome.failed(null, Kind.READ, "document has no id");
    }
    if (row.isNullAt(1)) {
      return DocumentOutcome.failed(id, Kind.READ, "document has no text");
    }
    String text = row.getString(1);
    if (text.length() > options.maxChars()) {
      return DocumentOutcome.failed(
          id,
          Kind.TOO_LONG,
          String.format(
              Locale.ROOT,
              "text has %,d characters, more than the limit of %,d",
              text.length(),
              options.maxChars()));
    }
    ExtractionPool pool = ExecutorExtractors.get(factory, options);
    try {
      DocumentResult result =
          pool.submit(new SourceRecord.Article(Document.of(id, text), Map.of())).get();
      return new DocumentOutcome(id, result.attributions(), result.error().orElse(null));
    } catch (InterruptedException e) {
      // Spark is killing the task: let it.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + id, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the extraction pool never fails a document", e);
    }
  }
}
