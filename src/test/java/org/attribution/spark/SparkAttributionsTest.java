package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.attribution.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkAttributionsTest {

  private static final StructType INPUT =
      new StructType().add("url", DataTypes.StringType).add("body", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  @Test
  void failingDocumentYieldsErrorRowAndRestOfPartitionCompletes() {
    Dataset<Row> docs =
        docs(
                RowFactory.create("a", "\"One.\" and \"Two.\""),
                RowFactory.create("bad", "\"Three.\" FAIL"),
                RowFactory.create("c", "\"Four.\""))
            .coalesce(1);

    Map<String, Row> byId = byId(run(docs, Layout.DOCUMENTS, SparkExtractionOptions.defaults()));

    assertThat(byId).containsOnlyKeys("a", "bad", "c");
    assertThat(ErrorColumn.of(byId.get("bad")))
        .isEqualTo("extraction: java.lang.IllegalStateException: cannot parse bad");
    assertThat(AttributionRows.attributionsOf(byId.get("bad"))).isEmpty();
    for (String id : List.of("a", "c")) {
      assertThat(ErrorColumn.of(byId.get(id))).isNull();
      assertThat(AttributionRows.attributionsOf(byId.get(id)))
          .isEqualTo(QuoteExtractorFactory.extract(Document.of(id, docText(docs, id))));
    }
  }

  @Test
  void flatLayoutGivesRowPerAttributionAndOneRowPerFailure() {
    Dataset<Row> docs =
        docs(
            RowFactory.create("a", "\"One.\" and \"Two.\""),
            RowFactory.create("none", "No quotes here."),
            RowFactory.create("bad", "FAIL"));

    List<Row> rows =
        run(docs, Layout.ATTRIBUTIONS, SparkExtractionOptions.defaults()).collectAsList();

    Map<String, List<Row>> byId = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("id")));
    assertThat(byId).containsOnlyKeys("a", "bad");
    assertThat(byId.get("a"))
        .extracting(r -> r.<String>getAs("content"))
        .containsExactly("One.", "Two.");
    assertThat(byId.get("a")).allSatisfy(r -> assertThat(ErrorColumn.of(r)).isNull());
    assertThat(byId.get("bad"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(ErrorColumn.of(r))
                  .startsWith("extraction: java.lang.IllegalStateException");
              assertThat(r.<String>getAs("content")).isNull();
            });
  }

  @Test
  void documentLongerThanMaxCharsGetsErrorRowInsteadOfExtraction() {
    Dataset<Row> docs =
        docs(RowFactory.create("long", "\"0123456789\""), RowFactory.create("short", "\"01\""));

    Map<String, Row> byId =
        byId(run(docs, Layout.DOCUMENTS, SparkExtractionOptions.defaults().withMaxChars(5)));

    assertThat(ErrorColumn.of(byId.get("long")))
        .isEqualTo("too-long: text has 12 characters, more than the limit of 5");
    assertThat(ErrorColumn.of(byId.get("short"))).isNull();
    assertThat(AttributionRows.attributionsOf(byId.get("short"))).hasSize(1);
  }

  @Test
  void documentOverTheTimeLimitGetsTimeoutRowAndTheOthersComplete() {
    Dataset<Row> docs =
        docs(RowFactory.create("slow", "SLOW \"x\""), RowFactory.create("fast", "\"y\""))
            .coalesce(1);
    // The slow document waits a minute, the other takes microseconds: a limit between the two
    // that leaves the fast one ample time on a busy machine.
    SparkExtractionOptions options =
        SparkExtractionOptions.defaults().withDocTimeout(Duration.ofSeconds(3));

    Map<String, Row> byId = byId(run(docs, Layout.DOCUMENTS, options));

    assertThat(ErrorColumn.of(byId.get("slow"))).startsWith("timeout: ");
    assertThat(ErrorColumn.of(byId.get("fast"))).isNull();
    assertThat(AttributionRows.attributionsOf(byId.get("fast"))).hasSize(1);
  }

  @Test
  void documentWithoutIdOrTextGetsErrorRow() {
    Dataset<Row> docs =
        docs(RowFactory.create(null, "\"Lost?\""), RowFactory.create("empty", null));

    List<Row> rows = run(docs, Layout.DOCUMENTS, SparkExtractionOptions.defaults()).collectAsList();

    assertThat(rows)
        .extracting(r -> r.<String>getAs("id"), ErrorColumn::of)
        .containsExactlyInAnyOrder(
            tuple(null, "read: document has no id"), tuple("empty", "read: document has no text"));
  }

  @Test
  void buildsOneExtractorPerJvmNotPerPartitionOrRow() {
    SparkExtractionOptions options = SparkExtractionOptions.defaults().withMaxChars(4_321);
    Dataset<Row> docs =
        docs(
                RowFactory.create("1", "\"a\""),
                RowFactory.create("2", "\"b\""),
                RowFactory.create("3", "\"c\""),
                RowFactory.create("4", "\"d\""),
                RowFactory.create("5", "\"e\""),
                RowFactory.create("6", "\"f\""))
            .repartition(4);
    int before = QuoteExtractorFactory.BUILDS.get();

    long rows = run(docs, Layout.ATTRIBUTIONS, options).count();

    assertThat(rows).isEqualTo(6);
    assertThat(QuoteExtractorFactory.BUILDS.get() - before).isEqualTo(1);
  }

  @Test
  void publicApiReturnsTheDocumentAndFlatSchemas() {
    Dataset<Row> docs =
        spark.createDataFrame(
            List.of(RowFactory.create(7L, "ignored", "No quotes.")),
            new StructType()
                .add("num", DataTypes.LongType)
                .add("other", DataTypes.StringType)
                .add("body", DataTypes.StringType));

    Dataset<Row> result = SparkAttributions.extractDocuments(docs, "num", "body");

    assertThat(result.schema()).isEqualTo(AttributionRows.DOCUMENT);
    assertThat(SparkAttributions.extract(docs, "num", "body").schema())
        .isEqualTo(AttributionRows.FLAT);
  }

  @Test
  void refusesATextColumnThatIsNotStringsRatherThanTurningNumbersIntoText() {
    StructType numbers =
        new StructType().add("url", DataTypes.StringType).add("body", DataTypes.IntegerType);
    Dataset<Row> docs = spark.createDataFrame(List.of(RowFactory.create("n", 42)), numbers);

    assertThatThrownBy(() -> SparkAttributions.documents(docs, "url", "body"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text column \"body\" holds int, not strings");
  }

  private static Dataset<Row> run(
      Dataset<Row> docs, Layout layout, SparkExtractionOptions options) {
    return SparkAttributions.run(
        SparkAttributions.documents(docs, "url", "body"),
        layout,
        new ExtractionTask(QuoteExtractorFactory.class, options));
  }

  private static Dataset<Row> docs(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), INPUT);
  }

  private static Map<String, Row> byId(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("id"), Function.identity()));
  }

  private static String docText(Dataset<Row> docs, String id) {
    return docs.filter(docs.col("url").equalTo(id)).first().getAs("body");
  }
}
