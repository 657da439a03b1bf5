package org.attribution.pipeline;

import com.google.common.base.Suppliers;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.function.Supplier;
import org.attribution.Attribution;
import org.attribution.annotation.AttributionAnnotations.AttributionsAnnotation;
import org.attribution.annotation.AttributionAnnotations.CuesAnnotation;

/** One pipeline for all tests of a run, since loading the models takes seconds. */
public final class TestPipeline {

  static final Supplier<AttributionPipeline> SHARED =
      Suppliers.memoize(() -> AttributionPipeline.create(null));

  private TestPipeline() {}

  public static Annotation run(String text) {
    return SHARED.get().run(text);
  }

  public static List<Attribution> attributions(String text) {
    return run(text).get(AttributionsAnnotation.class);
  }

  /** The words of each cue of the text, in order. */
  public static List<String> cueWords(String text) {
    return run(text).get(CuesAnnotation.class).stream().map(c -> c.span().in(text)).toList();
  }

  /** The only attribution of the text; fails when there is not exactly one. */
  public static Attribution only(String text) {
    List<Attribution> found = attributions(text);
    if (found.size() != 1) {
      throw new AssertionError("expected one attribution in <" + text + "> but found " + found);
    }
    return found.get(0);
  }
}
