package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribution.annotate.cue.CueSites;
import org.attribution.annotate.phrase.Mentions;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CuesAnnotation;
import org.attribution.annotation.AttributionAnnotations.DocumentsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.DocumentNouns;

/**
 * Names the medium content comes from, when the text names one: the object of {@code according to}
 * when it is a document ({@code according to a Kremlin statement}, which then has no speaker), a
 * document the cue verb was said in ({@code said in a statement}), and an {@code as per} or {@code
 * according to} document that qualifies another cue in the same sentence. Document nouns come from
 * {@code models/document-nouns.txt}. Needs linked speakers; marks {@link
 * DocumentsLinkedAnnotation}.
 */
public final class DocumentLinker extends ContractAnnotator {

  private static final Set<String> OBLIQUE = Set.of("obl", "nmod");
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "through", "via");

  private final DocumentNouns documentNouns;

  public DocumentLinker(DocumentNouns documentNouns) {
    this.documentNouns = documentNouns;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<Cue> cues = annotation.get(CuesAnnotation.class);
    List<Candidate> linked = new ArrayList<>();
    for (Candidate candidate : annotation.get(CandidatesAnnotation.class)) {
      Cue cue = candidate.cue();
      linked.add(
          link(
              candidate,
              sentences,
              cue == null ? List.of() : CueSites.inSentence(cues, cue.sentence())));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(linked));
    annotation.set(DocumentsLinkedAnnotation.class, true);
  }

  /** Links the document of {@code candidate}, whose sentence has {@code cues}. */
  private Candidate link(Candidate candidate, List<ParsedSentence> sentences, List<Cue> cues) {
    Cue cue = candidate.cue();
    if (cue == null) {
      return candidate;
    }
    ParsedSentence s = sentences.get(cue.sentence());
    Mention speaker = candidate.speaker();
    if (cue.role() == Cue.SourceLink.PREPOSITION
        && speaker != null
        && documentNouns.isDocument(s, speaker.head())) {
      return candidate.withSpeaker(null).withDocument(speaker);
    }
    if (cue.role() == Cue.SourceLink.VERB) {
      for (int oblique : s.children(cue.head(), OBLIQUE)) {
        if (documentNouns.isDocument(s, oblique) && s.hasCase(oblique, MEDIUM_PREPOSITIONS)) {
          return candidate.withDocument(Mentions.phrase(s, oblique));
        }
      }
    }
    for (Cue other : cues) {
      if (other.sentence() == cue.sentence()
          && other.role() == Cue.SourceLink.PREPOSITION
          && other != cue) {
        int source = s.governor(other.head());
        if (source != 0
            && documentNouns.isDocument(s, source)
            && CueSites.belongsToCue(cues, s, s.governor(source))) {
          return candidate.withDocument(Mentions.phrase(s, source));
        }
      }
    }
    return candidate;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CandidatesAnnotation.class,
        CuesAnnotation.class,
        SpeakersLinkedAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(DocumentsLinkedAnnotation.class);
  }
}
