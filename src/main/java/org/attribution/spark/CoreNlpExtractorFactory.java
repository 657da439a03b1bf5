package org.attribution.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.SparkFiles;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;

/** Builds the library's {@link AttributionExtractor} on an executor. */
final class CoreNlpExtractorFactory implements ExtractorFactory {

  public CoreNlpExtractorFactory() {}

  @Override
  public Function<Document, List<Attribution>> create(SparkExtractionOptions options) {
    AttributionExtractor extractor;
    if (options.cueLexicon() == null
        && options.models() == null
        && options.profile() == Profile.DEFAULT) {
      // Shares the models with any other user of the default extractor in this JVM, such as the
      // driver in local mode.
      extractor = AttributionExtractor.defaultExtractor();
    } else {
      AttributionExtractor.Builder builder =
          AttributionExtractor.builder().profile(options.profile());
      if (options.cueLexicon() != null) {
        builder.cueLexicon(resolve(options.cueLexicon()));
      }
      if (options.models() != null) {
        builder.models(Path.of(options.models()));
      }
      extractor = builder.build();
    }
    return extractor::extract;
  }

  /** A path on this machine, or else a file shipped with {@code --files} under that name. */
  private static Path resolve(String file) {
    Path path = Path.of(file);
    return Files.exists(path) ? path : Path.of(SparkFiles.get(path.getFileName().toString()));
  }
}
