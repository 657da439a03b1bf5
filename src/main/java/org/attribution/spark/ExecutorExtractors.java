package org.attribution.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkEnv;
import org.attribution.batch.ExtractionPool;

/**
 * The extraction pools of this JVM, one per configuration, built on first use. Loading CoreNLP
 * takes seconds and gigabytes, so an executor builds its extractor once and every task thread of
 * the executor shares it; per row or per partition would reload the models again and again.
 *
 * <p>The pool has one worker per executor core, the number of tasks Spark runs at once on the
 * executor, and applies the per-document time limit of the command line's batch runner.
 *
 * <p>Thread-safe: concurrent first uses build the pool once, the others wait for it.
 */
final class ExecutorExtractors {

  private record Key(Class<? extends ExtractorFactory> factory, SparkExtractionOptions options) {}

  private static final Map<Key, ExtractionPool> BUILT = new ConcurrentHashMap<>();

  private ExecutorExtractors() {}

  /** The extraction pool for this configuration, building it if this JVM has none yet. */
  static ExtractionPool get(
      Class<? extends ExtractorFactory> factory, SparkExtractionOptions options) {
    return BUILT.computeIfAbsent(new Key(factory, options), ExecutorExtractors::build);
  }

  private static ExtractionPool build(Key key) {
    try {
      return new ExtractionPool(
          executorCores(),
          key.options().docTimeout(),
          key.factory().getConstructor().newInstance().create(key.options()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + key.factory().getName(), e);
    }
  }

  /** {@code spark.executor.cores}, or all processors where it is not set (local mode). */
  private static int executorCores() {
    int processors = Runtime.getRuntime().availableProcessors();
    SparkEnv env = SparkEnv.get();
    return env == null ? processors : env.conf().getInt("spark.executor.cores", processors);
  }
}
