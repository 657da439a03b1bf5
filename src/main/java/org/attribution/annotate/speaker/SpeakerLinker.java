package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.Set;
import org.attribution.annotate.cue.CoordinatedCues;
import org.attribution.annotate.cue.PunctuationCues;
import org.attribution.annotate.phrase.Mentions;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.internal.AskingParticiples;
import org.attribution.internal.ParsedSentence;

/**
 * Links each cued candidate to the mention that speaks: the subject of the cue verb in either order
 * ({@code X said}, {@code said X}), the subject of the verb a subjectless cue depends on ({@code X
 * said ..., pointing out}) or the verb whose object a participle describes ({@code X posted tweets
 * saying}), and where the parse reaches none of these, the subject of the sentence's main verb; the
 * object of {@code according to X}; the words before a lead-in colon; or the name after a sign-off
 * dash. A participle of asking that opens its sentence ({@link AskingParticiples}: {@code Asked
 * whether ..., X said}) takes only the agent of its {@code by}: X is the one asked. Needs
 * classified candidates; marks {@link SpeakersLinkedAnnotation}.
 */
public final class SpeakerLinker extends ContractAnnotator {

  private static final Set<String> SUBJECT = Set.of("nsubj");

  /** Relations through which a cue without a subject shares its governor's. */
  private static final Set<String> SHARES_SUBJECT =
      Set.of("xcomp", "advcl", "conj", "parataxis", "dep");

  /** Relations of nouns through which a participle reaches the verb whose subject speaks. */
  private static final Set<String> NOUN_ARGUMENTS = Set.of("obj", "obl", "nmod");

  private static final int MAX_LEAD_IN = 8;

  /**
   * Dependents left out of a main subject lent to a cue: "The candidate, fresh from ... and
   * saying".
   */
  private static final Set<String> SUBJECT_MODIFIERS =
      Set.of("acl", "acl:relcl", "appos", "amod", "advcl", "conj", "cc", "parataxis", "dep");

  private static final Set<String> MISREAD_SUBJECT =
      Set.of("obj", "dep", "xcomp", "nsubj:pass", "obl:npmod");

  @Override
  public void annotate(Annotation annotation) {
    SpeakerMentions.link(annotation, SpeakerLinker::speaker);
  }

  private static Mention speaker(ParsedSentence s, Cue cue) {
    return switch (cue.role()) {
      case VERB -> asking(s, cue) ? agent(s, cue.head()) : subjectOrMainSubject(s, cue);
      case PREPOSITION ->
          s.governor(cue.head()) == 0 ? null : Mentions.phrase(s, s.governor(cue.head()));
      case COLON -> leadIn(s, cue.head());
      case SIGN_OFF -> signature(s, cue.head());
    };
  }

  /** True for a participle of asking that opens its sentence ({@link AskingParticiples}). */
  private static boolean asking(ParsedSentence s, Cue cue) {
    return cue.head() == PunctuationCues.firstWord(s)
        && AskingParticiples.isOpening(s.word(cue.head()));
  }

  /** The agent of a passive verb ({@code Asked by Ms. Todd}), null for none. */
  private static Mention agent(ParsedSentence s, int verb) {
    int agent = s.child(verb, Set.of("obl:agent"));
    return agent == 0 ? null : Mentions.phrase(s, agent);
  }

  /**
   * A cue whose subject the parse does not reach ("Chief Williams later admitted ..., noting that")
   * takes the subject of its sentence's main verb, without the clauses and asides that may hold the
   * cue itself, when that ends before the cue.
   */
  private static Mention subjectOrMainSubject(ParsedSentence s, Cue cue) {
    int verb = cue.head();
    Mention subject = subject(s, cue);
    if (subject != null) {
      return subject;
    }
    for (int i = 1; i <= s.size(); i++) {
      if (s.relation(i).equals("root")) {
        int main = i == verb ? 0 : s.child(i, SUBJECT);
        if (main == 0) {
          return null;
        }
        int[] range = s.subtree(main, SUBJECT_MODIFIERS, 0);
        return range[1] < verb ? new Mention(s.span(range[0], range[1]), s.index(), main) : null;
      }
    }
    return null;
  }

  private static Mention subject(ParsedSentence s, Cue cue) {
    int verb = cue.head();
    Mention inverted = invertedSubject(s, verb);
    if (inverted != null) {
      return inverted;
    }
    int outer = CoordinatedCues.outerVerb(s, cue);
    int current = outer != 0 ? outer : verb;
    for (int depth = 0; depth < 4 && current != 0; depth++) {
      int subject = nearestSubject(s, current);
      if (subject != 0) {
        return Mentions.phrase(s, subject);
      }
      String relation = s.relation(current);
      int governor = s.governor(current);
      if (relation.equals("dep") && s.relation(governor).equals("ccomp")) {
        // "X said that ..., pointing out ...": the loose participle belongs to the outer verb
        current = s.governor(governor);
      } else if (SHARES_SUBJECT.contains(relation)) {
        current = governor;
      } else if (relation.equals("acl") && NOUN_ARGUMENTS.contains(s.relation(governor))) {
        // "Trump unleashed a series of tweets saying ...": the tweets' author speaks
        current = s.governor(governor);
      } else {
        return null;
      }
    }
    return null;
  }

  /**
   * The subject of {@code verb} nearest to it, 0 for none: in {@code "That," she said, "is the
   * question"} the parser gives {@code said} the quote's {@code That} as a second subject.
   */
  private static int nearestSubject(ParsedSentence s, int verb) {
    int nearest = 0;
    for (int subject : s.children(verb, SUBJECT)) {
      if (nearest == 0 || Math.abs(subject - verb) < Math.abs(nearest - verb)) {
        nearest = subject;
      }
    }
    return nearest;
  }

  /**
   * "..., said Smith.": after a comma or quote the parser sometimes takes the inverted subject for
   * an object; the noun right after the verb is still the speaker.
   */
  private static Mention invertedSubject(ParsedSentence s, int verb) {
    if (verb < 2
        || !s.isPunctuation(verb - 1)
        || s.child(verb, SUBJECT) != 0
        || s.tag(verb).equals("VBG")) {
      // "..., citing the attack": a participle's object is never its subject
      return null;
    }
    for (int noun : s.children(verb, MISREAD_SUBJECT)) {
      if (noun > verb && s.tag(noun).startsWith("NN")) {
        return Mentions.phrase(s, noun);
      }
    }
    return null;
  }

  static Mention leadIn(ParsedSentence s, int colon) {
    int first = PunctuationCues.firstWord(s);
    if (colon - first > MAX_LEAD_IN || first >= colon) {
      return null;
    }
    int head = colon - 1;
    while (head > first && s.isPunctuation(head)) {
      head--;
    }
    return new Mention(s.span(first, head), s.index(), head);
  }

  /** The name after a sign-off dash: its run of proper nouns. */
  static Mention signature(ParsedSentence s, int dash) {
    int last = dash + 1;
    while (last < s.size() && s.tag(last + 1).startsWith("NNP")) {
      last++;
    }
    return new Mention(s.span(dash + 1, last), s.index(), last);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return SpeakerMentions.REQUIRES;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return SpeakerMentions.SATISFIES;
  }
}
