package org.attribution.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;

/**
 * An {@link Occurrence} as the first columns of a row, in the order of {@link #FIELDS}, and back:
 * how the quote and speaker indexes carry occurrences between executors.
 *
 * <p>Stateless and thread-safe.
 */
final class OccurrenceRows {

  /** The columns of an occurrence, as DDL. */
  static final String FIELDS =
      "document STRING, date STRING, url STRING, outlet STRING, begin INT, end INT, type STRING,"
          + " speaker STRING, text STRING, attribution INT, mention STRING, kind STRING,"
          + " cited STRING";

  /** The names of the columns of {@link #FIELDS}. */
  private static final String[] NAMES = {
    "document",
    "date",
    "url",
    "outlet",
    "begin",
    "end",
    "type",
    "speaker",
    "text",
    "attribution",
    "mention",
    "kind",
    "cited"
  };

  private OccurrenceRows() {}

  /** The values of {@code o}'s columns, then {@code more}. */
  static Object[] values(Occurrence o, Object... more) {
    Occurrence.Source s = o.source();
    List<Object> values =
        new ArrayList<>(
            java.util.Arrays.asList(
                o.document(),
                o.date(),
                o.url(),
                o.outlet(),
                o.span().begin(),
                o.span().end(),
                o.type().name(),
                o.speaker(),
                o.text(),
                o.attribution(),
                s.mention(),
                s.kind() == null ? null : s.kind().name(),
                s.cited()));
    values.addAll(java.util.Arrays.asList(more));
    return values.toArray();
  }

  /** The occurrence whose columns start {@code row}. */
  static Occurrence occurrence(Row row) {
    return Occurrence.of(
        row.getString(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        Span.of(row.getInt(4), row.getInt(5)),
        AttributionType.valueOf(row.getString(6)),
        row.getString(7),
        row.getString(8),
        row.getInt(9),
        new Occurrence.Source(
            row.getString(10),
            row.isNullAt(11) ? null : SpeakerKind.valueOf(row.getString(11)),
            row.getString(12)));
  }

  /** The columns of an occurrence, for a struct of them. */
  static Column[] columns() {
    Column[] columns = new Column[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      columns[i] = col(NAMES[i]);
    }
    return columns;
  }
}
