package org.attribution.options;

import org.attribution.index.IndexFields;
import picocli.CommandLine.Option;

/**
 * The options naming the fields of an extraction output that hold a document's date, URL and
 * outlet, shared by the {@code index} command and the Spark index job.
 */
public final class IndexFieldOptions {

  @Option(
      names = "--date-field",
      defaultValue = "date",
      description = "Field holding the document's date (default: ${DEFAULT-VALUE}).")
  String dateField;

  @Option(
      names = "--url-field",
      defaultValue = "url",
      description = "Field holding the document's URL (default: ${DEFAULT-VALUE}).")
  String urlField;

  @Option(
      names = "--outlet-field",
      defaultValue = "outlet",
      description =
          "Field holding the outlet; without it, the URL's host (default: ${DEFAULT-VALUE}).")
  String outletField;

  /**
   * The fields named.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public IndexFields fields() {
    return new IndexFields(dateField, urlField, outletField);
  }
}
