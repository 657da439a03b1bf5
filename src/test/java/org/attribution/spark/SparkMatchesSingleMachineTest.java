package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample articles through Spark on {@code local[2]} and through the single-machine extractor
 * give the same attributions, row for row. Uses the real CoreNLP pipeline.
 */
class SparkMatchesSingleMachineTest {

  /** The real pipeline on a busy machine must not race a clock; the time limit has its own test. */
  private static final SparkExtractionOptions NO_TIME_LIMIT =
      SparkExtractionOptions.defaults().withDocTimeout(Duration.ZERO);

  private static SparkSession spark;
  private static Map<String, Document> samples;
  private static Dataset<Row> docs;

  @BeforeAll
  static void readSamples() throws IOException {
    spark = LocalSpark.session();
    samples = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        samples.put(id, Document.of(id, Files.readString(f)));
      }
    }
    List<Row> rows = new ArrayList<>();
    samples.values().forEach(d -> rows.add(RowFactory.create(d.id(), d.text())));
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    // One partition per document, so that both task threads extract at the same time.
    docs = spark.createDataFrame(rows, schema).repartition(samples.size());
  }

  @Test
  void oneRowPerAttributionEqualsSingleMachineExtraction() {
    List<Row> rows = SparkAttributions.extract(docs, "id", "text", NO_TIME_LIMIT).collectAsList();

    assertThat(rows).extracting(ErrorColumn::of).containsOnlyNulls();
    Map<String, List<Attribution>> bySpark =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getAs("id"),
                    Collectors.mapping(AttributionRows::fromRow, Collectors.toList())));
    for (Document doc : samples.values()) {
      List<Attribution> single = AttributionExtractor.defaultExtractor().extract(doc);
      assertThat(bySpark.getOrDefault(doc.id(), List.of())).as(doc.id()).isEqualTo(single);
    }
    assertThat(rows).hasSizeGreaterThan(samples.size());
  }

  @Test
  void oneRowPerDocumentEqualsSingleMachineExtraction() {
    List<Row> rows =
        SparkAttributions.extractDocuments(docs, "id", "text", NO_TIME_LIMIT).collectAsList();

    assertThat(rows)
        .extracting(r -> r.<String>getAs("id"))
        .containsExactlyInAnyOrderElementsOf(samples.keySet());
    for (Row row : rows) {
      Document doc = samples.get(row.<String>getAs("id"));
      assertThat(ErrorColumn.of(row)).isNull();
      assertThat(AttributionRows.attributionsOf(row))
          .as(doc.id())
          .isEqualTo(AttributionExtractor.defaultExtractor().extract(doc));
    }
  }
}
