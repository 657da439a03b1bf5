package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.DocumentsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.DocumentNouns;

/**
 * Names the medium a speaker's words came in, read from part-of-speech tags alone, for the profiles
 * that parse no sentence: a document phrase right after the cue verb ({@code said in a statement},
 * which leaves the cue {@code said}) or opening the sentence before its speaker ({@code In a post
 * on X, Lee wrote}). The phrase's head is a document noun ({@code models/document-nouns.txt}); a
 * candidate that has a document keeps it. Needs candidates with their speakers and documents linked
 * and sentence views with tags and lemmas.
 *
 * <p>Immutable and thread-safe.
 */
public final class MediumPhraseLinker extends ContractAnnotator {

  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "via", "through");

  private final DocumentNouns documentNouns;

  public MediumPhraseLinker(DocumentNouns documentNouns) {
    this.documentNouns = documentNouns;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Candidate> linked = new ArrayList<>();
    for (Candidate c : annotation.get(CandidatesAnnotation.class)) {
      linked.add(
          c.cue() == null || c.document() != null || c.cue().role() != Cue.SourceLink.VERB
              ? c
              : link(c, sentences.get(c.cue().sentence()), text));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(linked));
  }

  private Candidate link(Candidate c, ParsedSentence s, String text) {
    Cue cue = c.cue();
    int first = s.firstTokenIn(cue.span());
    int last = s.lastTokenIn(cue.span());
    if (first < 1) {
      return c;
    }
    for (int in = first + 1; in <= Math.min(last + 1, s.size()); in++) {
      Mention medium = medium(s, in, false);
      if (medium != null) {
        Candidate withMedium = c.withDocument(medium);
        if (in > last) {
          return withMedium;
        }
        Span verb = s.span(first, in - 1);
        return withMedium.withCue(cue.withWords(verb, verb.in(text).toLowerCase(Locale.ROOT)));
      }
    }
    Mention fronted = medium(s, 1, true);
    boolean beforeSource =
        fronted != null
            && fronted.span().end() < cue.span().begin()
            && !c.content().overlaps(fronted.span())
            && (c.speaker() == null || fronted.span().end() < c.speaker().span().begin());
    return beforeSource ? c.withDocument(fronted) : c;
  }

  /**
   * The document phrase after the preposition at token {@code in} ({@code in a statement}); with
   * {@code toComma}, the words up to the comma that must close it ({@code In a letter to
   * shareholders,}); null when there is none.
   */
  private Mention medium(ParsedSentence s, int in, boolean toComma) {
    if (in >= s.size()
        || !s.tag(in).equals("IN")
        || !MEDIUM_PREPOSITIONS.contains(s.word(in).toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (s.word(in + 1).endsWith("ing") && !documentNouns.isDocument(s, in + 1)) {
      return null; // a gerund the tagger took for a noun: "In offering analysis of the race"
    }
    int end = in;
    int head = 0; // the phrase's last common noun: "a Facebook post", "a statement Monday"
    while (end < s.size() && TagPhrases.isPhraseTag(s.tag(end + 1))) {
      end++;
      if (s.tag(end).startsWith("NN") && !s.tag(end).startsWith("NNP")) {
        head = end;
      }
    }
    if (head == 0 || !documentNouns.isDocument(s, head)) {
      return null;
    }
    end = head;
    if (toComma) {
      int comma = end + 1;
      while (comma <= s.size() && !s.word(comma).equals(",") && !s.isPunctuation(comma)) {
        comma++;
      }
      if (comma > s.size() || !s.word(comma).equals(",")) {
        return null;
      }
      end = comma - 1;
    }
    return new Mention(s.span(in + 1, end), s.index(), head);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CandidatesAnnotation.class,
        DocumentsLinkedAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(DocumentsLinkedAnnotation.class);
  }
}
