package org.attribution.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Extracts attributions from a Spark {@link Dataset} of documents, on the executors.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("s3a://bucket/cc-news/2024-05/");
 * Dataset<Row> found = SparkAttributions.extract(articles, "url", "text");
 * found.write().parquet("s3a://bucket/attributions/2024-05/");
 * }</pre>
 *
 * <p>Each executor JVM builds one extractor, on first use, from the serializable {@link
 * SparkExtractionOptions}, and its task threads (one per executor core) share it, so an executor
 * extracts as many documents at once as it has cores. Give executors at least 4 GB for up to four
 * cores ({@code spark.executor.memory}).
 *
 * <p>No document is lost: one that cannot be extracted (missing id or text, over the length or time
 * limit of the options, or an extractor exception) yields a row with an {@code error}, and the rest
 * of its partition is extracted as usual. A text column that does not hold strings is refused with
 * an {@link IllegalArgumentException}, not turned into text.
 *
 * <p>Stateless and thread-safe; the returned datasets are lazy, as Spark's are.
 */
public final class SparkAttributions {

  private SparkAttributions() {}

  /**
   * One row per attribution, schema {@link AttributionRows#FLAT}, with the bundled lexicon.
   *
   * @param idColumn column holding document ids (cast to string)
   * @param textColumn column holding the article text
   */
  public static Dataset<Row> extract(Dataset<Row> docs, String idColumn, String textColumn) {
    return extract(docs, idColumn, textColumn, SparkExtractionOptions.defaults());
  }

  /** One row per attribution, schema {@link AttributionRows#FLAT}. */
  public static Dataset<Row> extract(
      Dataset<Row> docs, String idColumn, String textColumn, SparkExtractionOptions options) {
    return run(documents(docs, idColumn, textColumn), Layout.ATTRIBUTIONS, task(options));
  }

  /**
   * One row per document, schema {@link AttributionRows#DOCUMENT}: the document's attributions as
   * an array of structs and an {@code error} column, with the bundled lexicon.
   */
  public static Dataset<Row> extractDocuments(
      Dataset<Row> docs, String idColumn, String textColumn) {
    return extractDocuments(docs, idColumn, textColumn, SparkExtractionOptions.defaults());
  }

  /** One row per document, schema {@link AttributionRows#DOCUMENT}. */
  public static Dataset<Row> extractDocuments(
      Dataset<Row> docs, String idColumn, String textColumn, SparkExtractionOptions options) {
    return run(documents(docs, idColumn, textColumn), Layout.DOCUMENTS, task(options));
  }

  /**
   * Runs {@code task} over {@code input}, whose columns are id, text and optionally the reader's
   * message for a record it could not read, in that order.
   */
  static Dataset<Row> run(Dataset<Row> input, Layout layout, ExtractionTask task) {
    MapPartitionsFunction<Row, Row> extraction = rows -> layout.rows(task.outcomes(rows));
    return input.mapPartitions(extraction, Encoders.row(layout.schema()));
  }

  /**
   * The id and text columns only, so that executors receive no other data. A text column of another
   * type is refused, as the command line refuses a text that is not a string, rather than turning
   * numbers into documents.
   */
  static Dataset<Row> documents(Dataset<Row> docs, String idColumn, String textColumn) {
    DataType textType = docs.select(col(textColumn)).schema().fields()[0].dataType();
    if (!textType.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "text column \"" + textColumn + "\" holds " + textType.simpleString() + ", not strings");
    }
    return docs.select(col(idColumn).cast("string"), col(textColumn).cast("string"));
  }

  private static ExtractionTask task(SparkExtractionOptions options) {
    return new ExtractionTask(CoreNlpExtractorFactory.class, options);
  }
}
