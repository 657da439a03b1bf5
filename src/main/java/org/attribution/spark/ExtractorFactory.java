package org.attribution.spark;

import java.util.List;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;

/**
 * Builds the extraction function an executor uses. Implementations need a public no-argument
 * constructor: only the class travels to the executors, so that equal configurations compare equal
 * there and share one instance per JVM.
 */
interface ExtractorFactory {

  /** Builds a thread-safe extraction function; called once per JVM and configuration. */
  Function<Document, List<Attribution>> create(SparkExtractionOptions options);
}
