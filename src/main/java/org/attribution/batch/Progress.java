package org.attribution.batch;

import java.util.OptionalLong;

/**
 * Reports a batch's advance to the person waiting for it. Called from the batch's writing thread
 * only; implementations need not be thread-safe.
 */
public interface Progress extends AutoCloseable {

  /** The batch starts; {@code total} is the number of documents when known. */
  void start(OptionalLong total);

  /** A document was already complete from an earlier run and is passed over. */
  void skipped();

  /** A document was written. */
  void written(DocumentResult result);

  /** Something the person should know now, such as an input that breaks off. */
  void warn(String message);

  @Override
  void close();

  /** Reports nothing ({@code --quiet}). */
  static Progress silent() {
    return new Progress() {
      @Override
      public void start(OptionalLong total) {}

      @Override
      public void skipped() {}

      @Override
      public void written(DocumentResult result) {}

      @Override
      public void warn(String message) {}

      @Override
      public void close() {}
    };
  }
}
