package org.attribution.annotate.quote;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.QuoteMarks;

/**
 * Finds the quoted passages of a text: double and single quotes, straight and curly, and
 * guillemets, told apart from apostrophes; a quote running over several paragraphs; a quote left
 * open, which ends with its paragraph; stray closing marks, which are dropped. A quote nested in
 * another belongs to the outer passage (see {@link QuoteMarks}). Needs only the text; adds {@link
 * QuotedSpansAnnotation}.
 */
public final class QuoteSpanAnnotator implements Annotator {

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = new ArrayList<>();
    for (Span outer : QuoteMarks.pair(text)) {
      int begin = outer.begin() + markWidth(text, outer.begin());
      int end =
          outer.end()
              - (QuoteMarks.isQuoteMark(text.charAt(outer.end() - 1))
                  ? markWidth(text, outer.end() - 1)
                  : 0);
      Span inner = Span.of(begin, Math.max(begin, end));
      if (!inner.in(text).isBlank()) {
        quotes.add(new QuotedSpan(outer, inner));
      }
    }
    annotation.set(QuotedSpansAnnotation.class, List.copyOf(quotes));
  }

  /** 2 for a doubled apostrophe or backquote standing for a double quote, else 1. */
  private static int markWidth(String text, int at) {
    char c = text.charAt(at);
    boolean doubled =
        (c == '\'' || c == '`')
            && ((at + 1 < text.length() && text.charAt(at + 1) == c)
                || (at > 0 && text.charAt(at - 1) == c));
    return doubled ? 2 : 1;
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
