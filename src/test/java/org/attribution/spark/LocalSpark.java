package org.attribution.spark;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} Spark session of a test run, shared by all test classes because starting
 * one takes seconds; Spark stops it when the JVM exits.
 */
final class LocalSpark {

  private static final Supplier<SparkSession> SESSION =
      Suppliers.memoize(
          () ->
              SparkSession.builder()
                  .master("local[2]")
                  .appName("attribution-extractor-tests")
                  .config("spark.ui.enabled", "false")
                  // Tests talk to nothing but this machine's loopback.
                  .config("spark.driver.host", "127.0.0.1")
                  .config("spark.driver.bindAddress", "127.0.0.1")
                  .config("spark.sql.shuffle.partitions", "2")
                  .getOrCreate());

  private LocalSpark() {}

  static SparkSession session() {
    return SESSION.get();
  }
}
