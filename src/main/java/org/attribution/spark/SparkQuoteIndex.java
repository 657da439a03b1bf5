package org.attribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.attribution.index.IndexFields;
import org.attribution.index.Occurrence;
import org.attribution.index.OccurrenceLine;
import org.attribution.index.Quote;
import org.attribution.index.QuoteGrouping;
import org.attribution.index.QuoteJson;

/**
 * The quote index of {@code org.attribution.index} on Spark: the same quotations, with the same
 * texts, speakers, first appearances and order, as the {@code index} command gives on the same
 * extraction output, computed on the executors.
 *
 * <pre>{@code
 * Dataset<String> lines = spark.read().textFile("s3a://bucket/attributions/2024-05/");
 * Dataset<Row> quotes = SparkQuoteIndex.index(lines, IndexFields.defaults());
 * quotes.select("json").write().text("s3a://bucket/quotes/2024-05/");
 * }</pre>
 *
 * <p>The steps: each line's occurrences with their node (equal renderings share one); each node's
 * shingles; for each node that may be a fragment, the texts posted under its rarest shingle,
 * checked by the fragment rule; connected components of those links by propagating the least node
 * id (as many rounds as the longest chain of links); and per component the quotation, built by the
 * command line's own code. No pair of texts is compared unless they share a shingle.
 *
 * <p>Stateless and thread-safe; the returned dataset is lazy, but computing the components runs
 * Spark jobs.
 */
public final class SparkQuoteIndex {

  private static final String OCCURRENCE_FIELDS = OccurrenceRows.FIELDS + ", node BIGINT";

  private SparkQuoteIndex() {}

  /**
   * One row per quotation, largest first ({@link Quote#LARGEST_FIRST}): {@code count}, {@code
   * documents}, {@code id} and {@code json}, the line the {@code index} command writes for it.
   * Lines that cannot be read are passed over, as the command passes over them.
   *
   * @param lines the JSON Lines written by {@code extract}, or by the extraction job in JSONL
   */
  public static Dataset<Row> index(Dataset<String> lines, IndexFields fields) {
    Dataset<Row> groups =
        labelled(lines, fields)
            .groupBy("label")
            .agg(collect_list(struct(OccurrenceRows.columns())).as("occurrences"));
    return groups
        .map(
            (MapFunction<Row, Row>) SparkQuoteIndex::quoteRow,
            Encoders.row(StructType.fromDDL("count INT, documents INT, id STRING, json STRING")))
        .orderBy(col("count").desc(), col("documents").desc(), col("id"));
  }

  /**
   * The occurrences of every line ({@link OccurrenceRows#FIELDS}), each with the {@code label} of
   * its quotation: the number that names the quotation's group ({@link QuoteGrouping#id}).
   */
  static Dataset<Row> labelled(Dataset<String> lines, IndexFields fields) {
    Dataset<Row> occurrences = occurrences(lines, fields).persist();
    Dataset<Row> nodes = occurrences.groupBy("node").agg(min("text").as("text")).persist();
    Dataset<Row> labels = components(nodes, links(nodes));
    Column[] columns = Arrays.copyOf(OccurrenceRows.columns(), OccurrenceRows.columns().length + 1);
    columns[columns.length - 1] = col("label");
    return occurrences.join(labels, "node").select(columns);
  }

  /** The occurrences of every line, with their node. */
  static Dataset<Row> occurrences(Dataset<String> lines, IndexFields fields) {
    FlatMapFunction<String, Row> parse =
        line -> {
          List<Row> rows = new ArrayList<>();
          if (!line.isBlank()) {
            for (Occurrence o : OccurrenceLine.parse(line, fields).occurrences()) {
              rows.add(
                  RowFactory.create(
                      OccurrenceRows.values(o, QuoteGrouping.node(o.text(), o.speaker()))));
            }
          }
          return rows.iterator();
        };
    return lines.flatMap(parse, Encoders.row(StructType.fromDDL(OCCURRENCE_FIELDS)));
  }

  /** The pairs {@code (part, whole)} of nodes where the first is a fragment of the second. */
  static Dataset<Row> links(Dataset<Row> nodes) {
    FlatMapFunction<Row, Row> post =
        row -> {
          List<Row> rows = new ArrayList<>();
          int words = QuoteGrouping.words(row.getString(1));
          for (long shingle : QuoteGrouping.shingles(row.getString(1))) {
            rows.add(RowFactory.create(row.getLong(0), shingle, words));
          }
          return rows.iterator();
        };
    Dataset<Row> postings =
        nodes
            .flatMap(
                post, Encoders.row(StructType.fromDDL("node BIGINT, shingle BIGINT, words INT")))
            .persist();
    Dataset<Row> frequency = postings.groupBy("shingle").agg(count("*").as("n"));
    // A fragment shares every shingle with its whole: looking up its rarest one finds them all.
    Dataset<Row> rarest =
        postings
            .where(col("words").geq(QuoteGrouping.MIN_FRAGMENT_WORDS))
            .join(frequency, "shingle")
            .groupBy("node")
            .agg(min(struct(col("n"), col("shingle"))).as("rarest"))
            .select(col("node").as("part"), col("rarest.shingle").as("shingle"));
    Dataset<Row> candidates =
        rarest
            .join(postings.select(col("shingle"), col("node").as("whole")), "shingle")
            .where(col("part").notEqual(col("whole")))
            .join(nodes.select(col("node").as("part"), col("text").as("partText")), "part")
            .join(nodes.select(col("node").as("whole"), col("text").as("wholeText")), "whole");
    FilterFunction<Row> fragment =
        row -> QuoteGrouping.isFragment(row.getAs("partText"), row.getAs("wholeText"));
    return candidates.filter(fragment).select("part", "whole");
  }

  /**
   * Each node's label: the least node id of its connected component, by propagating labels along
   * the links until none changes.
   */
  static Dataset<Row> components(Dataset<Row> nodes, Dataset<Row> links) {
    Dataset<Row> edges =
        links
            .select(col("part").as("a"), col("whole").as("b"))
            .union(links.select(col("whole").as("a"), col("part").as("b")))
            .distinct()
            .localCheckpoint();
    Dataset<Row> labels = nodes.select(col("node"), col("node").as("label")).localCheckpoint();
    while (true) {
      Dataset<Row> offered =
          edges
              .join(labels, edges.col("a").equalTo(labels.col("node")))
              .select(col("b").as("node"), col("label").as("offered"))
              .groupBy("node")
              .agg(min("offered").as("offered"));
      Dataset<Row> next =
          labels
              .join(offered, "node", "left")
              .select(col("node"), least(col("label"), col("offered")).as("label"))
              .localCheckpoint();
      long changed =
          next.join(labels.withColumnRenamed("label", "before"), "node")
              .where(col("label").notEqual(col("before")))
              .count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
  }

  private static Row quoteRow(Row group) {
    List<Occurrence> occurrences = new ArrayList<>();
    for (Row o : group.<Row>getList(1)) {
      occurrences.add(OccurrenceRows.occurrence(o));
    }
    Quote quote = QuoteGrouping.quote(group.getLong(0), occurrences);
    return RowFactory.create(quote.count(), quote.documents(), quote.id(), QuoteJson.line(quote));
  }
}
