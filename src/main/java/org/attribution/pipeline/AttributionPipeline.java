package org.attribution.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.attribution.Attribution;

/** Runs the annotators in order over one text. Thread-safe. */
public final class AttributionPipeline {

  private AttributionPipeline() {}

  public static AttributionPipeline create(Path cueLexicon) {
    return new AttributionPipeline();
  }

  public List<Attribution> annotate(String text) {
    throw new UnsupportedOperationException("pipeline under construction");
  }
}
