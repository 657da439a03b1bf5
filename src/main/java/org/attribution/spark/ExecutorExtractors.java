package org.attribution.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;

/**
 * The extractors of this JVM, one per configuration, built on first use. Loading CoreNLP takes
 * seconds and gigabytes, so an executor builds it once and every task thread of the executor (one
 * per core) shares it; per row or per partition would reload the models again and again.
 *
 * <p>Thread-safe: concurrent first uses build the extractor once, the others wait for it.
 */
final class ExecutorExtractors {

  private record Key(Class<? extends ExtractorFactory> factory, SparkExtractionOptions options) {}

  private static final Map<Key, Function<Document, List<Attribution>>> BUILT =
      new ConcurrentHashMap<>();

  private ExecutorExtractors() {}

  /** The extraction function for this configuration, building it if this JVM has none yet. */
  static Function<Document, List<Attribution>> get(
      Class<? extends ExtractorFactory> factory, SparkExtractionOptions options) {
    return BUILT.computeIfAbsent(new Key(factory, options), ExecutorExtractors::build);
  }

  private static Function<Document, List<Attribution>> build(Key key) {
    try {
      return key.factory().getConstructor().newInstance().create(key.options());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + key.factory().getName(), e);
    }
  }
}
