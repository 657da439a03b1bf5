package org.attribution.annotation;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.internal.ParsedSentence;

/**
 * The typed keys under which the annotators pass their results along, in pipeline order. Each
 * annotator declares the keys it requires and the keys it satisfies.
 */
public final class AttributionAnnotations {

  private AttributionAnnotations() {}

  /**
   * The view of each sentence of the text, in order, built once per document for every stage to
   * read: tokens, tags, lemmas, entities and, once parsed, the dependency graph.
   */
  public static final class ParsedSentencesAnnotation
      implements CoreAnnotation<List<ParsedSentence>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<ParsedSentence>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * The page furniture of the text ({@link org.attribution.internal.WebNoise}: link labels,
   * bylines, photo captions and credits, datelines), found once per document.
   */
  public static final class WebNoiseAnnotation implements CoreAnnotation<List<Span>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Span>> getType() {
      return (Class) List.class;
    }
  }

  /** The double-quoted passages of the text, in text order. */
  public static final class QuotedSpansAnnotation implements CoreAnnotation<List<QuotedSpan>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<QuotedSpan>> getType() {
      return (Class) List.class;
    }
  }

  /** The cues of the text, in text order. */
  public static final class CuesAnnotation implements CoreAnnotation<List<Cue>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Cue>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * The canonical names of every speaker a coordinated speaker mention names ({@code Putin and Xi
   * said}), in text order, by the mention's span; only mentions of two speakers or more.
   */
  public static final class CoordinatedSpeakersAnnotation
      implements CoreAnnotation<Map<Span, List<String>>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<Map<Span, List<String>>> getType() {
      return (Class) Map.class;
    }
  }

  /** Attributions under construction, added by content finding and completed by later stages. */
  public static final class CandidatesAnnotation implements CoreAnnotation<List<Candidate>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Candidate>> getType() {
      return (Class) List.class;
    }
  }

  /**
   * The parts of each candidate's content, by the content's hull, when the stage that found the
   * content marked it in parts (the learned tagger does: {@code "A," she said. "B."}).
   */
  public static final class ContentPartsAnnotation
      implements CoreAnnotation<Map<Span, List<Span>>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<Map<Span, List<Span>>> getType() {
      return (Class) Map.class;
    }
  }

  /** Set once candidates have been filtered and scored by how reliable their cue is. */
  public static final class CuesClassifiedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once speakers are linked. */
  public static final class SpeakersLinkedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once quotes beside a comment clause ({@code "...," as he put it}) have its speaker. */
  public static final class CommentClausesLinkedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once documents are linked. */
  public static final class DocumentsLinkedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once uncued quotes are given the speaker they continue. */
  public static final class ContinuationsLinkedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once page furniture (labels, bylines, captions, datelines) is out of the candidates. */
  public static final class WebNoiseRemovedAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** Set once speakers have canonical names and kinds. */
  public static final class SpeakersCanonicalAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  /** The finished attributions, in text order. */
  public static final class AttributionsAnnotation implements CoreAnnotation<List<Attribution>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<Attribution>> getType() {
      return (Class) List.class;
    }
  }
}
