package org.attribution.annotate.tagged;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Set;
import org.attribution.tagger.SpanTagger;
import org.attribution.tagger.TaggedSpan;

/**
 * Marks the sources, cues and content parts of the text with the learned tagger ({@link
 * SpanTagger}), which reads the raw text and needs nothing before it; adds {@link
 * TaggedSpansAnnotation}.
 */
public final class TaggedSpanAnnotator implements Annotator {

  /** The tagged spans of the text, in text order. */
  public static final class TaggedSpansAnnotation implements CoreAnnotation<List<TaggedSpan>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<TaggedSpan>> getType() {
      return (Class) List.class;
    }
  }

  private final SpanTagger tagger;

  public TaggedSpanAnnotator(SpanTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public void annotate(Annotation annotation) {
    annotation.set(
        TaggedSpansAnnotation.class,
        List.copyOf(tagger.tag(annotation.get(CoreAnnotations.TextAnnotation.class))));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(TaggedSpansAnnotation.class);
  }
}
