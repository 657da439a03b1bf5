package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.batch.DocumentError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributionRowsTest {

  private static final Attribution FULL =
      Attribution.builder(AttributionType.MIXED, "it was \"fruitful\"", Span.of(40, 57))
          .cue("told reporters", Span.of(20, 34), CueKind.SPEECH)
          .speaker("Mr. Cheng", Span.of(10, 19))
          .speakerCanonical("Cheng Chin-mo")
          .speakerKind(SpeakerKind.PERSON)
          .document("a statement", Span.of(60, 71))
          .confidence(0.625)
          .sentence(3)
          .build();

  private static final Attribution PARTS =
      Attribution.builder(AttributionType.DIRECT, "A,", Span.of(1, 3))
          .contentParts("A, B.", List.of(Span.of(1, 3), Span.of(15, 17)))
          .cue("said", Span.of(5, 9), CueKind.SPEECH)
          .speaker("she", Span.of(10, 13))
          .build();

  private static final Attribution BARE =
      Attribution.builder(AttributionType.DIRECT, "No limit.", Span.of(0, 9)).build();

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  @Test
  void everyRecordComponentHasAColumnAndSpansHaveBeginAndEnd() {
    List<String> expected =
        Stream.of(Attribution.class.getRecordComponents())
            .flatMap(AttributionRowsTest::columnsOf)
            .toList();

    assertThat(Stream.of(AttributionRows.ATTRIBUTION.fields()).map(StructField::name))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void attributionSurvivesARoundTripThroughSpark() {
    List<Row> rows =
        spark
            .createDataFrame(
                List.of(
                    AttributionRows.toRow(FULL),
                    AttributionRows.toRow(PARTS),
                    AttributionRows.toRow(BARE)),
                AttributionRows.ATTRIBUTION)
            .collectAsList();

    assertThat(rows).map(AttributionRows::fromRow).containsExactly(FULL, PARTS, BARE);
    assertThat(rows.get(1).<Row>getList(rows.get(1).fieldIndex("contentSpans")))
        .extracting(p -> p.<Integer>getAs("begin") + "-" + p.<Integer>getAs("end"))
        .containsExactly("1-3", "15-17");
  }

  @Test
  void flatRowsRepeatTheIdAndLeaveErrorNull() {
    List<Row> rows =
        spark
            .createDataFrame(
                ImmutableList.copyOf(
                    AttributionRows.flatRows(
                        DocumentOutcome.extracted("doc-1", List.of(FULL, PARTS, BARE)))),
                AttributionRows.FLAT)
            .collectAsList();

    assertThat(rows).map(AttributionRows::fromRow).containsExactly(FULL, PARTS, BARE);
    assertThat(rows).extracting(r -> r.getAs("id")).containsOnly("doc-1");
    assertThat(rows).extracting(r -> r.getAs("error")).containsOnlyNulls();
  }

  @Test
  void failedDocumentIsOneFlatRowWithItsErrorAndNoAttributionFields() {
    List<Row> rows =
        spark
            .createDataFrame(
                ImmutableList.copyOf(
                    AttributionRows.flatRows(
                        DocumentOutcome.failed("doc-2", DocumentError.Kind.TOO_LONG, "too long"))),
                AttributionRows.FLAT)
            .collectAsList();

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.<String>getAs("id")).isEqualTo("doc-2");
              assertThat(ErrorColumn.of(r)).isEqualTo("too-long: too long");
              assertThat(Stream.of(AttributionRows.ATTRIBUTION.fieldNames()).map(r::getAs))
                  .containsOnlyNulls();
            });
  }

  @Test
  void documentRowHoldsAttributionsInOrder() {
    List<Row> rows =
        spark
            .createDataFrame(
                List.of(
                    AttributionRows.documentRow(
                        DocumentOutcome.extracted("doc-3", List.of(BARE, PARTS, FULL)))),
                AttributionRows.DOCUMENT)
            .collectAsList();

    assertThat(AttributionRows.attributionsOf(rows.get(0))).containsExactly(BARE, PARTS, FULL);
  }

  private static Stream<String> columnsOf(RecordComponent c) {
    return c.getType() == Span.class
        ? Stream.of(
            c.getName().replaceFirst("Span$", "Begin"), c.getName().replaceFirst("Span$", "End"))
        : Stream.of(c.getName());
  }
}
