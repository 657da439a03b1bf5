package org.attribution.annotate.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.cue.CueSites;
import org.attribution.annotation.Cue;
import org.attribution.internal.ParsedSentence;

/**
 * The content of a cue that commas set apart from the clause it attributes, when the parse gives
 * the cue no complement: the clause before it ({@code Clause, sources said.}) or around it ({@code
 * The museum, Mr. Obama said, would ...}). Reads the dependency parse. Stateless and thread-safe.
 */
final class CommaClauses {

  private static final Set<String> CLAUSAL = Set.of("ccomp");
  private static final Set<String> SUBJECT = Set.of("nsubj");
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj");

  private CommaClauses() {}

  /**
   * "Clause, sources said." and "Clause, said Smith, adding ...": a cue after a comma, with its
   * subject, and no complement or object after it; the content is all before the comma, however the
   * parser attached it, when that holds a verb ("In exchange, X promised to" has none).
   */
  static Optional<Span> fronted(ParsedSentence s, int verb, List<Cue> cues) {
    int subject = s.child(verb, SUBJECT);
    int comma;
    if (subject != 0 && subject < verb) {
      comma = s.subtree(subject, Set.of(), 0)[0] - 1;
    } else if (subject > verb) {
      comma = verb - 1;
    } else {
      return Optional.empty();
    }
    boolean complementFollows = s.children(verb, COMPLEMENTS).stream().anyMatch(c -> c > verb);
    if (comma < 2
        || !s.word(comma).equals(",")
        || complementFollows
        || !hasVerb(s, 1, comma - 1)
        || hasClauseCue(s, 1, comma - 1, cues)) {
      return Optional.empty();
    }
    return ContentFinder.span(s, new int[] {1, comma - 1});
  }

  /**
   * "The museum, Mr. Obama said, would make visitors ...": a cue set between commas inside the
   * clause it attributes. The content is the whole sentence, the cue included, as news attribution
   * corpora annotate it.
   */
  static Optional<Span> interrupted(ParsedSentence s, int verb, List<Cue> cues) {
    int subject = s.child(verb, SUBJECT);
    if (subject == 0 || s.children(verb, COMPLEMENTS).stream().anyMatch(c -> c > verb)) {
      return Optional.empty();
    }
    int[] speaker = s.subtree(subject, Set.of(), 0);
    int before = Math.min(speaker[0], verb) - 1;
    int after = Math.max(speaker[1], verb) + 1;
    while (after < s.size()
        && !s.isPunctuation(after)
        && !s.tag(after).startsWith("VB")
        && after - verb <= 3) {
      after++; // "he said Friday, ..."
    }
    boolean between =
        before >= 2
            && s.word(before).equals(",")
            && after < s.size()
            && s.word(after).equals(",")
            && !CueSites.isCueHead(cues, s, after + 1);
    int last = s.size();
    while (last > after && s.isPunctuation(last)) {
      last--;
    }
    return between && last > after && hasVerb(s, after + 1, last)
        ? ContentFinder.span(s, new int[] {1, last})
        : Optional.empty();
  }

  /** "X said she felt ..., she said": the first cue already attributes the clause. */
  private static boolean hasClauseCue(ParsedSentence s, int first, int last, List<Cue> cues) {
    return cues.stream()
        .anyMatch(
            c ->
                c.sentence() == s.index()
                    && c.role() == Cue.SourceLink.VERB
                    && c.head() >= first
                    && c.head() <= last
                    && s.child(c.head(), CLAUSAL) != 0);
  }

  private static boolean hasVerb(ParsedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.tag(i).startsWith("VB") || s.tag(i).equals("MD")) {
        return true;
      }
    }
    return false;
  }
}
