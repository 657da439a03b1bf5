package org.attribution.annotate.cue;

import java.util.List;
import java.util.Set;
import org.attribution.annotation.Cue;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;

/** Where cues stand in a parsed sentence. Stateless and thread-safe. */
public final class CueSites {

  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp");

  private CueSites() {}

  /**
   * The cues of sentence {@code sentence}, found by binary search in {@code cues}, which are in
   * sentence order as {@link CueAnnotator} makes them: a stage asking about the cues of one
   * sentence then reads only those, however many the text has.
   */
  public static List<Cue> inSentence(List<Cue> cues, int sentence) {
    int first = BinarySearch.first(0, cues.size(), i -> cues.get(i).sentence() >= sentence);
    return cues.subList(
        first, BinarySearch.first(first, cues.size(), i -> cues.get(i).sentence() > sentence));
  }

  /** True when a cue of {@code cues} is governed by token {@code token} of sentence {@code s}. */
  public static boolean isCueHead(List<Cue> cues, ParsedSentence s, int token) {
    return cues.stream().anyMatch(c -> c.sentence() == s.index() && c.head() == token);
  }

  /**
   * True when {@code token} is a cue verb or the clause a cue verb governs, so that a phrase
   * attached there ("as per a summary") qualifies that cue's attribution rather than making one.
   */
  public static boolean belongsToCue(List<Cue> cues, ParsedSentence s, int token) {
    return isCueHead(cues, s, token)
        || (COMPLEMENTS.contains(s.relation(token)) && isCueHead(cues, s, s.governor(token)));
  }
}
