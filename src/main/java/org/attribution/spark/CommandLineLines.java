package org.attribution.spark;

import com.google.common.collect.Iterators;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.attribution.batch.JsonLinesSink;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;

/**
 * Extracts documents into the lines the {@code extract} command writes, with the command line's own
 * {@link JsonLinesSink}: {@code id}, the kept input fields, then {@code attributions}, or {@code
 * error} instead. Input rows are those {@link ExtractionTask} takes, whose fourth column, when
 * present, holds the kept fields as a JSON object (see {@link JsonLinesRows}).
 *
 * <p>Stateless and thread-safe; the returned dataset is lazy.
 */
final class CommandLineLines {

  private CommandLineLines() {}

  /** One line per input row, extracted on the executors by {@code task}. */
  static Dataset<String> of(Dataset<Row> input, ExtractionTask task) {
    MapPartitionsFunction<Row, String> lines =
        rows -> Iterators.transform(rows, row -> line(row, task));
    return input.mapPartitions(lines, Encoders.STRING());
  }

  private static String line(Row row, ExtractionTask task) {
    DocumentOutcome outcome = task.outcome(row);
    return AttributionJson.MAPPER.writeValueAsString(
        JsonLinesSink.toJson(
            outcome.id(),
            keptFields(row),
            outcome.attributions(),
            Optional.ofNullable(outcome.error())));
  }

  private static Map<String, JsonNode> keptFields(Row row) {
    Map<String, JsonNode> kept = new LinkedHashMap<>();
    if (row.size() > 3 && !row.isNullAt(3)) {
      AttributionJson.MAPPER
          .readTree(row.getString(3))
          .properties()
          .forEach(f -> kept.put(f.getKey(), f.getValue()));
    }
    return kept;
  }
}
