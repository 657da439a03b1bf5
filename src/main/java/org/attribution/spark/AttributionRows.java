package org.attribution.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.batch.DocumentError;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark schemas of extraction results and the conversions between their rows and {@link
 * Attribution}s. Every field of the attribution format is a column; each span is two integer
 * columns, {@code <role>Begin} and {@code <role>End}, both null when the role is absent, and the
 * content's parts are an array column, {@code contentSpans}.
 *
 * <p>Rows are built against these explicit schemas, and carry them so that their fields can be read
 * by name wherever they travel, because Spark's bean encoder does not see the components of Java
 * records.
 *
 * <p>Stateless and thread-safe.
 */
public final class AttributionRows {

  /** One part of a content: {@code begin} and {@code end}. */
  public static final StructType PART =
      new StructType(
          new StructField[] {field("begin", IntegerType, false), field("end", IntegerType, false)});

  /**
   * The fields of one attribution, as a struct; {@code contentSpans} lists the content's parts
   * (one, or several for a content the cue or the speaker interrupts, whose {@code content} is
   * their texts joined by a space and whose {@code contentBegin}/{@code contentEnd} is their hull).
   */
  public static final StructType ATTRIBUTION =
      new StructType(
          new StructField[] {
            field("type", StringType, false),
            field("content", StringType, false),
            field("contentBegin", IntegerType, false),
            field("contentEnd", IntegerType, false),
            field("contentSpans", DataTypes.createArrayType(PART, false), false),
            field("cue", StringType, true),
            field("cueBegin", IntegerType, true),
            field("cueEnd", IntegerType, true),
            field("cueKind", StringType, true),
            field("speaker", StringType, true),
            field("speakerBegin", IntegerType, true),
            field("speakerEnd", IntegerType, true),
            field("speakerCanonical", StringType, true),
            field("speakerKind", StringType, true),
            field("document", StringType, true),
            field("documentBegin", IntegerType, true),
            field("documentEnd", IntegerType, true),
            field("confidence", DoubleType, false),
            field("sentence", IntegerType, false),
            field("speakers", DataTypes.createArrayType(StringType, false), false)
          });

  /**
   * Why a document has no attributions: {@code kind} ({@code read}, {@code too-long}, {@code
   * timeout} or {@code extraction}, as the command line writes them) and {@code message}.
   */
  public static final StructType ERROR =
      new StructType(
          new StructField[] {
            field("kind", StringType, false), field("message", StringType, false)
          });

  /**
   * One row per document: {@code id}, {@code attributions} (array of {@link #ATTRIBUTION}, empty
   * when none were found or extraction failed) and {@code error} ({@link #ERROR}, null on success).
   */
  public static final StructType DOCUMENT =
      new StructType(
          new StructField[] {
            field("id", StringType, true),
            field("attributions", DataTypes.createArrayType(ATTRIBUTION, false), false),
            field("error", ERROR, true)
          });

  /**
   * One row per attribution: {@code id}, the fields of {@link #ATTRIBUTION}, and {@code error}
   * ({@link #ERROR}). A document that failed gives one row whose {@code error} is set and whose
   * attribution fields are null; a document without attributions gives no row.
   */
  public static final StructType FLAT =
      new StructType(
          Stream.of(
                  Stream.of(field("id", StringType, true)),
                  Stream.of(ATTRIBUTION.fields()).map(f -> field(f.name(), f.dataType(), true)),
                  Stream.of(field("error", ERROR, true)))
              .flatMap(s -> s)
              .toArray(StructField[]::new));

  private AttributionRows() {}

  /** The attribution as a row of {@link #ATTRIBUTION}. */
  public static Row toRow(Attribution a) {
    return new GenericRowWithSchema(attributionValues(a), ATTRIBUTION);
  }

  /** The attribution in a row of {@link #ATTRIBUTION} or {@link #FLAT}, read by column name. */
  public static Attribution fromRow(Row row) {
    Attribution.Builder b =
        Attribution.builder(
            AttributionType.valueOf(row.getAs("type")), row.getAs("content"), span(row, "content"));
    int parts = row.fieldIndex("contentSpans");
    if (!row.isNullAt(parts)) {
      List<Span> spans =
          row.<Row>getList(parts).stream()
              .map(p -> Span.of(p.<Integer>getAs("begin"), p.<Integer>getAs("end")))
              .toList();
      b.contentParts(row.getAs("content"), spans);
    }
    if (!row.isNullAt(row.fieldIndex("cue"))) {
      b.cue(row.getAs("cue"), span(row, "cue"), CueKind.valueOf(row.getAs("cueKind")));
    }
    if (!row.isNullAt(row.fieldIndex("speaker"))) {
      b.speaker(row.getAs("speaker"), span(row, "speaker"));
    }
    if (!row.isNullAt(row.fieldIndex("document"))) {
      b.document(row.getAs("document"), span(row, "document"));
    }
    String kind = row.getAs("speakerKind");
    return b.speakerCanonical(row.getAs("speakerCanonical"))
        .speakerKind(kind == null ? null : SpeakerKind.valueOf(kind))
        .confidence(row.<Double>getAs("confidence"))
        .sentence(row.<Integer>getAs("sentence"))
        .speakers(row.<String>getList(row.fieldIndex("speakers")))
        .build();
  }

  /** The attributions of a row of {@link #DOCUMENT}, in order. */
  public static List<Attribution> attributionsOf(Row documentRow) {
    return documentRow.<Row>getList(documentRow.fieldIndex("attributions")).stream()
        .map(AttributionRows::fromRow)
        .toList();
  }

  static Row documentRow(DocumentOutcome outcome) {
    // A Scala Seq, as Row.getList expects it even when Spark hands the row on without re-encoding.
    Seq<Row> attributions =
        CollectionConverters.asScala(
                outcome.attributions().stream().map(AttributionRows::toRow).toList())
            .toSeq();
    return new GenericRowWithSchema(
        new Object[] {outcome.id(), attributions, errorRow(outcome)}, DOCUMENT);
  }

  static Iterator<Row> flatRows(DocumentOutcome outcome) {
    List<Row> rows = new ArrayList<>();
    if (outcome.error() != null) {
      Object[] values = new Object[FLAT.size()];
      values[0] = outcome.id();
      values[values.length - 1] = errorRow(outcome);
      rows.add(new GenericRowWithSchema(values, FLAT));
    }
    for (Attribution a : outcome.attributions()) {
      Object[] values = new Object[FLAT.size()];
      values[0] = outcome.id();
      System.arraycopy(attributionValues(a), 0, values, 1, ATTRIBUTION.size());
      rows.add(new GenericRowWithSchema(values, FLAT));
    }
    return rows.iterator();
  }

  private static Row errorRow(DocumentOutcome outcome) {
    DocumentError error = outcome.error();
    return error == null
        ? null
        : new GenericRowWithSchema(new Object[] {error.kind().label(), error.message()}, ERROR);
  }

  private static Object[] attributionValues(Attribution a) {
    return new Object[] {
      a.type().name(),
      a.content(),
      a.contentSpan().begin(),
      a.contentSpan().end(),
      CollectionConverters.asScala(a.contentSpans().stream().map(AttributionRows::partRow).toList())
          .toSeq(),
      a.cue(),
      begin(a.cueSpan()),
      end(a.cueSpan()),
      name(a.cueKind()),
      a.speaker(),
      begin(a.speakerSpan()),
      end(a.speakerSpan()),
      a.speakerCanonical(),
      name(a.speakerKind()),
      a.document(),
      begin(a.documentSpan()),
      end(a.documentSpan()),
      a.confidence(),
      a.sentence(),
      CollectionConverters.asScala(a.speakers()).toSeq()
    };
  }

  private static Row partRow(Span part) {
    return new GenericRowWithSchema(new Object[] {part.begin(), part.end()}, PART);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Integer begin(Span span) {
    return span == null ? null : span.begin();
  }

  private static Integer end(Span span) {
    return span == null ? null : span.end();
  }

  private static Span span(Row row, String role) {
    return Span.of(row.<Integer>getAs(role + "Begin"), row.<Integer>getAs(role + "End"));
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
