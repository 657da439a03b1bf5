package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Set;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;

/**
 * Links each cued candidate to the noun phrase next to its cue, read off part-of-speech tags for
 * pipelines without a parse: the phrase before the verb ({@code the minister has said}), after it
 * when inverted ({@code ..., said Smith}), before an apposition ({@code Smith, a spokesman, said}),
 * the antecedent of {@code who}, the subject of the finite verb before a participle cue ({@code X
 * said ..., adding}), the phrase after {@code according to}, the words before a lead-in colon, or
 * the name after a sign-off dash. Needs classified candidates; marks {@link
 * SpeakersLinkedAnnotation}. Stateless and thread-safe.
 */
public final class FastSpeakerLinker implements Annotator {

  private static final Set<String> FINITE_VERBS = Set.of("VBD", "VBZ", "VBP");

  @Override
  public void annotate(Annotation annotation) {
    SpeakerMentions.link(annotation, FastSpeakerLinker::speaker);
  }

  private static Mention speaker(ParsedSentence s, Cue cue) {
    int last = Math.max(cue.head(), s.tokenAt(cue.span().end() - 1));
    return switch (cue.role()) {
      case VERB -> verbSpeaker(s, cue.head(), last);
      case PREPOSITION -> phraseAfter(s, last + 1);
      case COLON -> SpeakerLinker.leadIn(s, cue.head());
      case SIGN_OFF -> SpeakerLinker.signature(s, cue.head());
    };
  }

  private static Mention verbSpeaker(ParsedSentence s, int verb, int last) {
    TagPhrases.Subject subject = TagPhrases.subject(s, verb, last);
    if (subject == null) {
      return s.tag(verb).equals("VBG") ? sharedSubject(s, verb) : null;
    }
    if (subject.first() == subject.last() && s.tag(subject.last()).startsWith("W")) {
      // "Smith, who said ...": the relative pronoun stands for the phrase before it
      int antecedent = subject.first() - 1;
      while (antecedent > 1 && s.word(antecedent).equals(",")) {
        antecedent--;
      }
      return antecedent >= 1 && TagPhrases.isHead(s, antecedent)
          ? mention(s, TagPhrases.phraseStart(s, antecedent), antecedent)
          : null;
    }
    return mention(s, subject.first(), subject.last());
  }

  /**
   * "X said ..., adding ...": a participle shares the subject of the sentence's first finite verb.
   */
  private static Mention sharedSubject(ParsedSentence s, int participle) {
    for (int verb = 2; verb < participle; verb++) {
      if (FINITE_VERBS.contains(s.tag(verb))) {
        TagPhrases.Subject subject = TagPhrases.subject(s, verb, verb);
        return subject == null || subject.inverted()
            ? null
            : mention(s, subject.first(), subject.last());
      }
    }
    return null;
  }

  private static Mention phraseAfter(ParsedSentence s, int first) {
    int head = TagPhrases.phraseEnd(s, first);
    return head == 0 ? null : mention(s, first, head);
  }

  private static Mention mention(ParsedSentence s, int first, int head) {
    return new Mention(s.span(first, head), s.index(), head);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return SpeakerMentions.REQUIRES;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return SpeakerMentions.SATISFIES;
  }
}
