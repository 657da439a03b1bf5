package org.attribution.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.SpeakerKind;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.WordList;
import org.attribution.pipeline.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.pipeline.AttributionAnnotations.DocumentsLinkedAnnotation;
import org.attribution.pipeline.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.pipeline.Candidate;
import org.attribution.pipeline.Mention;

/**
 * Gives each speaker its fullest name in the document and its kind: a surname or a title and
 * surname becomes the longest name that contains it ({@code Mr. Cheng} becomes {@code Cheng
 * Chin-mo}); {@code he} and {@code she} the last person speaking or named before; {@code who} and
 * {@code which} their antecedent; a role description the one person the text gives that title to
 * ({@code the CCP leader} becomes {@code Xi Jinping}); a document its issuer when the text names
 * one ({@code a Kremlin statement} is the Kremlin's). Kinds come from named-entity tags and
 * {@code models/organization-nouns.txt}. Needs documents linked and named entities; marks
 * {@link SpeakersCanonicalAnnotation}.
 */
public final class SpeakerCanonicalizer implements Annotator {

  private final WordList organizationNouns;

  public SpeakerCanonicalizer(WordList organizationNouns) {
    this.organizationNouns = organizationNouns;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = ParsedSentence.of(annotation);
    SpeakerResolver resolver =
        new SpeakerResolver(sentences, text, new NameIndex(sentences, text), organizationNouns);
    List<Candidate> resolved = new ArrayList<>();
    for (Candidate candidate : annotation.get(CandidatesAnnotation.class)) {
      resolved.add(resolve(candidate, resolver));
      resolver.remember(resolved.get(resolved.size() - 1));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(resolved));
    annotation.set(SpeakersCanonicalAnnotation.class, true);
  }

  private static Candidate resolve(Candidate candidate, SpeakerResolver resolver) {
    Mention speaker = candidate.speaker();
    if (speaker != null) {
      SpeakerResolver.Resolved r = resolver.speaker(speaker);
      return candidate.withCanonical(r.name(), r.kind());
    }
    if (candidate.document() != null) {
      SpeakerResolver.Resolved r = resolver.issuer(candidate.document());
      return candidate.withCanonical(r.name(), r.name() == null ? SpeakerKind.DOCUMENT : r.kind());
    }
    return candidate;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CandidatesAnnotation.class,
        DocumentsLinkedAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SpeakersCanonicalAnnotation.class);
  }
}
