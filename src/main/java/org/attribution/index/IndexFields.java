package org.attribution.index;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * Which fields of an extraction output line hold a document's date, URL and outlet: the fields
 * {@code extract --keep-fields} copied from its input, or that a WARC record brings ({@code date},
 * {@code url}). Where a line has no outlet, the host of its URL stands for it.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public record IndexFields(String dateField, String urlField, String outletField)
    implements Serializable {

  public IndexFields {
    checkArgument(dateField != null && !dateField.isBlank(), "date field must be named");
    checkArgument(urlField != null && !urlField.isBlank(), "url field must be named");
    checkArgument(outletField != null && !outletField.isBlank(), "outlet field must be named");
  }

  /** {@code date}, {@code url} and {@code outlet}. */
  public static IndexFields defaults() {
    return new IndexFields("date", "url", "outlet");
  }
}
