package org.attribution.spark;

import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.attribution.io.AttributionJson;
import org.attribution.io.JsonFields;
import org.attribution.io.JsonLinesSource;
import org.attribution.io.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON Lines files, plain or gzipped, into the rows {@link ExtractionTask} takes, with the
 * command line's own {@link JsonLinesSource}, so that a malformed line gets the same id and error
 * there as here: a line without an id is {@code file:line}, an id that is an object, a text that is
 * not a string, a line that is not JSON or too long, and a file that breaks off each become a row
 * whose third column holds the command line's message. The fourth holds the fields kept with {@link
 * JsonFields#keepFields()}, as a JSON object, or null when the record has none. A local file is
 * named by its path, as the command line names it; others by their URI.
 *
 * <p>Each file is read by one task, streaming; {@link ExtractJob} spreads the documents over the
 * cores afterwards. Stateless and thread-safe.
 */
final class JsonLinesRows {

  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("readError", DataTypes.StringType)
          .add("keptFields", DataTypes.StringType);

  private JsonLinesRows() {}

  /** One row per document or unreadable record of the files at {@code input}, in file order. */
  static Dataset<Row> read(SparkSession spark, String input, JsonFields fields) {
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .binaryFiles(input)
            .flatMap(file -> rows(name(file._1()), file._2(), fields));
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static String keptFields(SourceRecord.Article article) {
    if (article.keptFields().isEmpty()) {
      return null;
    }
    ObjectNode kept = AttributionJson.MAPPER.createObjectNode();
    article.keptFields().forEach(kept::set);
    return AttributionJson.MAPPER.writeValueAsString(kept);
  }

  /** The file's name, as the command line names the lines of a file without ids. */
  static String name(String file) {
    return new Path(file).getName();
  }

  private static Iterator<Row> rows(String name, PortableDataStream file, JsonFields fields)
      throws IOException {
    JsonLinesSource source = JsonLinesSource.open(name, file.open(), fields);
    return new AbstractIterator<>() {
      @Override
      protected Row computeNext() {
        Optional<SourceRecord> next = source.next();
        if (next.isEmpty()) {
          close();
          return endOfData();
        }
        if (next.get() instanceof SourceRecord.Unreadable unreadable) {
          return RowFactory.create(unreadable.id(), null, unreadable.message(), null);
        }
        SourceRecord.Article article = (SourceRecord.Article) next.get();
        return RowFactory.create(
            article.id(), article.document().text(), null, keptFields(article));
      }

      private void close() {
        try {
          source.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
