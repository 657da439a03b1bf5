package org.attribution.annotate;

import java.util.Set;
import org.attribution.internal.ParsedSentence;
import org.attribution.pipeline.Mention;

/** Turns a head token into the noun phrase mention it heads. Stateless and thread-safe. */
final class Mentions {

  private static final Set<String> NOT_IN_PHRASE = Set.of("case");

  private Mentions() {}

  /** The phrase headed by {@code head}, without its preposition ("according to", "by"). */
  static Mention phrase(ParsedSentence s, int head) {
    int[] range = s.subtree(head, NOT_IN_PHRASE, 0);
    return new Mention(s.span(range[0], range[1]), s.index(), head);
  }
}
