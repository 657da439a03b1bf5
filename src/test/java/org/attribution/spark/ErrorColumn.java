package org.attribution.spark;

import org.apache.spark.sql.Row;

/** Reads the {@code error} struct of a result row as {@code "kind: message"}, null when absent. */
final class ErrorColumn {

  private ErrorColumn() {}

  static String of(Row row) {
    Row error = row.getAs("error");
    return error == null ? null : error.getAs("kind") + ": " + error.getAs("message");
  }
}
