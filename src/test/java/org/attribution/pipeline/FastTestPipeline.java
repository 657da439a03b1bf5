package org.attribution.pipeline;

import com.google.common.base.Suppliers;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.function.Supplier;
import org.attribution.Attribution;
import org.attribution.Profile;
import org.attribution.annotation.AttributionAnnotations.AttributionsAnnotation;

/** One pipeline of the fast profile for all tests of a run; it loads in well under a second. */
public final class FastTestPipeline {

  static final Supplier<AttributionPipeline> SHARED =
      Suppliers.memoize(() -> AttributionPipeline.create(null, Profile.FAST));

  private FastTestPipeline() {}

  public static Annotation run(String text) {
    return SHARED.get().run(text);
  }

  public static List<Attribution> attributions(String text) {
    return run(text).get(AttributionsAnnotation.class);
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
