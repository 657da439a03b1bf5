package org.attribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.attribution.SpeakerKind;
import org.attribution.index.IndexFields;
import org.attribution.index.Occurrence;
import org.attribution.index.QuoteGrouping;
import org.attribution.speakers.NameForm;
import org.attribution.speakers.NamePlace;
import org.attribution.speakers.NameUse;
import org.attribution.speakers.Resolution;
import org.attribution.speakers.Speaker;
import org.attribution.speakers.SpeakerGrouping;
import org.attribution.speakers.SpeakerJson;
import org.attribution.speakers.SpeakerOccurrence;

/**
 * The speaker index of {@code org.attribution.speakers} on Spark: the same speakers, with the same
 * ids, names, counts, occurrences and order, as the {@code speakers} command gives on the same
 * extraction output.
 *
 * <pre>{@code
 * Dataset<String> lines = spark.read().textFile("s3a://bucket/attributions/2024-05/");
 * Dataset<Row> speakers = SparkSpeakerIndex.index(lines, IndexFields.defaults(), false);
 * speakers.select("json").write().text("s3a://bucket/speakers/2024-05/");
 * }</pre>
 *
 * <p>The steps: each occurrence with its quotation ({@link SparkQuoteIndex#labelled}), the name it
 * gives its source and its gender evidence, on the executors; the uses of each name by outlet and
 * month, summed on the executors and merged on the driver ({@link SpeakerGrouping#resolve}: there
 * are far fewer of them than occurrences); the merge sent to the executors, which give each
 * occurrence its speaker; and per speaker the line, built by the command line's own code.
 *
 * <p>Stateless and thread-safe; the returned dataset is lazy, but the merge runs Spark jobs.
 */
public final class SparkSpeakerIndex {

  private static final String NAMED =
      OccurrenceRows.FIELDS
          + ", quote STRING, formKind STRING, shape STRING, nameKey STRING, display STRING,"
          + " period STRING, gender INT";

  /** The columns after an occurrence's in {@link #NAMED}. */
  private static final int QUOTE = 13;

  private SparkSpeakerIndex() {}

  /**
   * One row per speaker, most quoted first ({@link Speaker#MOST_QUOTED_FIRST}): {@code count},
   * {@code documents}, {@code id} and {@code json}, the line the {@code speakers} command writes.
   * Lines that cannot be read are passed over, as the command passes over them.
   *
   * @param guessGender as the command's {@code --gender-from-names}
   */
  public static Dataset<Row> index(Dataset<String> lines, IndexFields fields, boolean guessGender) {
    Dataset<Row> named = named(SparkQuoteIndex.labelled(lines, fields)).persist();
    List<NameUse> uses = new ArrayList<>();
    for (Row u :
        named
            .groupBy("formKind", "shape", "nameKey", "outlet", "period", "display")
            .agg(
                count("*").as("n"),
                sum(col("gender").bitwiseAND(1)),
                sum(col("gender").bitwiseAND(2)))
            .collectAsList()) {
      NamePlace place =
          new NamePlace(
              SpeakerKind.valueOf(u.getString(0)),
              NameForm.Shape.valueOf(u.getString(1)),
              u.getString(2),
              u.getString(3),
              u.getString(4));
      uses.add(new NameUse(place, u.getString(5), u.getLong(6), u.getLong(7), u.getLong(8) / 2));
    }
    Map<NamePlace, Resolution> resolved = new HashMap<>(SpeakerGrouping.bundled().resolve(uses));
    Broadcast<Map<NamePlace, Resolution>> merge =
        JavaSparkContext.fromSparkContext(lines.sparkSession().sparkContext()).broadcast(resolved);
    MapFunction<Row, Row> assign =
        row -> {
          Row r = row;
          NameForm form = form(r);
          Resolution resolution =
              merge.value().get(NamePlace.of(form, r.getString(3), r.getString(QUOTE + 5)));
          return RowFactory.create(SpeakerGrouping.speakerId(resolution, form, r.getString(0)), r);
        };
    Dataset<Row> bySpeaker =
        named
            .map(
                assign,
                Encoders.row(
                    StructType.fromDDL(
                        "speaker_id STRING, o STRUCT<"
                            + NAMED.replace(" STRING", ": STRING").replace(" INT", ": INT")
                            + ">")))
            .groupBy("speaker_id")
            .agg(collect_list(col("o")).as("occurrences"));
    MapFunction<Row, Row> line =
        group -> {
          List<SpeakerOccurrence> occurrences = new ArrayList<>();
          Resolution resolution = null;
          for (Row o : group.<Row>getList(1)) {
            occurrences.add(
                new SpeakerOccurrence(
                    OccurrenceRows.occurrence(o), o.getString(QUOTE), o.getInt(QUOTE + 6)));
            resolution =
                merge.value().get(NamePlace.of(form(o), o.getString(3), o.getString(QUOTE + 5)));
          }
          Speaker s =
              SpeakerGrouping.bundled()
                  .speaker(group.getString(0), resolution, occurrences, guessGender);
          return RowFactory.create(s.count(), s.documents(), s.id(), SpeakerJson.line(s));
        };
    return bySpeaker
        .map(
            line,
            Encoders.row(StructType.fromDDL("count INT, documents INT, id STRING, json STRING")))
        .orderBy(col("count").desc(), col("documents").desc(), col("id"));
  }

  /**
   * The occurrences of {@code labelled} that name a source, each with its quotation's id, the name
   * it gives its source ({@link NameForm}), its month and its gender evidence.
   */
  static Dataset<Row> named(Dataset<Row> labelled) {
    FlatMapFunction<Row, Row> name =
        row -> {
          Occurrence o = OccurrenceRows.occurrence(row);
          SpeakerGrouping grouping = SpeakerGrouping.bundled();
          NameForm form = grouping.form(o);
          if (form == null) {
            return List.<Row>of().iterator();
          }
          return List.of(
                  RowFactory.create(
                      OccurrenceRows.values(
                          o,
                          QuoteGrouping.id(row.<Long>getAs("label")),
                          form.kind().name(),
                          form.shape().name(),
                          form.key(),
                          form.display(),
                          SpeakerGrouping.period(o),
                          grouping.gender(o, form))))
              .iterator();
        };
    return labelled.flatMap(name, Encoders.row(StructType.fromDDL(NAMED)));
  }

  /** The name form of a row of {@link #named}. */
  private static NameForm form(Row r) {
    return new NameForm(
        SpeakerKind.valueOf(r.getString(QUOTE + 1)),
        NameForm.Shape.valueOf(r.getString(QUOTE + 2)),
        r.getString(QUOTE + 3),
        r.getString(QUOTE + 4));
  }
}
