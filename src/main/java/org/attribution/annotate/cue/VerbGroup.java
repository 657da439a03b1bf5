package org.attribution.annotate.cue;

import java.util.Locale;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotation.Cue;
import org.attribution.internal.ParsedSentence;

/**
 * The cue words as a reader quotes them, and as news attribution corpora annotate cues: a verb cue
 * with the auxiliaries, negation, adverbs and infinitive marker right before it ("has also said",
 * "did not say", "is expected"), and the verb an infinitive cue completes ("went on to say"). Reads
 * tags and lemmas, and the parse where there is one, so it serves every profile. Stateless and
 * thread-safe.
 */
public final class VerbGroup {

  /** Lemmas of the auxiliary verbs, which are never cues themselves. */
  static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> ADVERBS = Set.of("RB", "RBR", "RBS");

  private VerbGroup() {}

  /** The span of {@code cue} with the verb group before it; other cues keep their span. */
  public static Span of(ParsedSentence s, Cue cue) {
    if (cue.role() != Cue.Role.VERB) {
      return cue.span();
    }
    // a verb cue's head is its first word: "point" of "point out"
    int first = extendLeft(s, cue.head());
    if (s.tag(first).equals("TO")) {
      // "went on to say", "has continued to insist": the verb the infinitive completes
      int verb = first - 1;
      if (verb > 1 && (s.tag(verb).equals("RP") || s.tag(verb).equals("IN"))) {
        verb--;
      }
      if (verb >= 1 && s.tag(verb).startsWith("VB") && completes(s, cue.head(), verb)) {
        first = extendLeft(s, verb);
      }
    }
    return Span.of(s.begin(first), cue.span().end());
  }

  /** Whether the cue is the infinitive {@code verb} takes; without a parse, the tags say so. */
  private static boolean completes(ParsedSentence s, int cue, int verb) {
    return !s.hasGraph() || (s.governor(cue) == verb && s.relation(cue).equals("xcomp"));
  }

  private static int extendLeft(ParsedSentence s, int first) {
    while (first > 1 && belongsToGroup(s, first - 1)) {
      first--;
    }
    return first;
  }

  private static boolean belongsToGroup(ParsedSentence s, int i) {
    String tag = s.tag(i);
    return tag.equals("MD")
        || tag.equals("TO")
        || ADVERBS.contains(tag)
        || NEGATIONS.contains(s.word(i).toLowerCase(Locale.ROOT))
        || (tag.startsWith("VB") && AUXILIARIES.contains(s.lemma(i)));
  }
}
