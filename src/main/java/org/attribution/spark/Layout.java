package org.attribution.spark;

import com.google.common.collect.Iterators;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** How extraction results are laid out in rows. */
enum Layout {
  /** One row per document, schema {@link AttributionRows#DOCUMENT}. */
  DOCUMENTS(AttributionRows.DOCUMENT) {
    @Override
    Iterator<Row> rows(Iterator<DocumentOutcome> outcomes) {
      return Iterators.transform(outcomes, AttributionRows::documentRow);
    }
  },
  /** One row per attribution, schema {@link AttributionRows#FLAT}. */
  ATTRIBUTIONS(AttributionRows.FLAT) {
    @Override
    Iterator<Row> rows(Iterator<DocumentOutcome> outcomes) {
      return Iterators.concat(Iterators.transform(outcomes, AttributionRows::flatRows));
    }
  };

  private final StructType schema;

  Layout(StructType schema) {
    this.schema = schema;
  }

  StructType schema() {
    return schema;
  }

  /** The rows of these outcomes, lazily. */
  abstract Iterator<Row> rows(Iterator<DocumentOutcome> outcomes);
}
