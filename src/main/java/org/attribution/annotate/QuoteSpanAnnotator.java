package org.attribution.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.Span;
import org.attribution.internal.QuoteMarks;
import org.attribution.pipeline.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.pipeline.QuotedSpan;

/**
 * Finds the double-quoted passages of a text: straight, curly and guillemet marks, a quote running
 * over several paragraphs, and stray or unbalanced marks, which are dropped. Single quotes inside
 * a double-quoted passage belong to it. Needs only the text; adds {@link QuotedSpansAnnotation}.
 */
public final class QuoteSpanAnnotator implements Annotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = new ArrayList<>();
    for (Span outer : QuoteMarks.pair(text)) {
      int width = text.startsWith("''", outer.begin()) || text.startsWith("``", outer.begin()) ? 2 : 1;
      Span inner = Span.of(outer.begin() + width, Math.max(outer.begin() + width, outer.end() - width));
      if (!inner.in(text).isBlank()) {
        quotes.add(new QuotedSpan(outer, inner));
      }
    }
    annotation.set(QuotedSpansAnnotation.class, List.copyOf(quotes));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(QuotedSpansAnnotation.class);
  }
}
