package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One thing a benchmark times: a name for the table and how to load it. Loading returns the
 * processor that runs on one text; it must be safe to call from several threads at once.
 *
 * @param maxDocuments most documents to run per measurement, to keep slow contenders to minutes
 */
public record Contender(String name, Supplier<Consumer<String>> loader, int maxDocuments) {

  public Contender {
    checkArgument(maxDocuments > 0, "maxDocuments must be positive, got %s", maxDocuments);
  }

  /** A contender measured over as many documents as the benchmark's time and corpus ask for. */
  public static Contender unlimited(String name, Supplier<Consumer<String>> loader) {
    return new Contender(name, loader, Integer.MAX_VALUE);
  }
}
