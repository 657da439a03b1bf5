package org.attribution.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides whether a matched prediction names the right speaker: its speaker or document span
 * overlaps the gold speaker or document span, or one of its names (canonical, mention, document)
 * and one gold name have token sets of which one contains the other, after lower-casing and
 * dropping titles and articles. When gold names no source, the prediction must name none either.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerJudge {

  /** Words that do not identify a speaker: titles, articles and office words. */
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "sen",
          "rep",
          "gov",
          "president",
          "the",
          "a",
          "an",
          "of",
          "s",
          "'s",
          "official",
          "media",
          "u.s",
          "secretary",
          "state",
          "prime",
          "minister");

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

  private SpeakerJudge() {}

  static boolean isCorrect(EvalAttribution predicted, EvalAttribution gold) {
    if (!gold.hasSource()) {
      return !predicted.hasSource();
    }
    for (CharSpan p : sourceSpans(predicted)) {
      for (CharSpan g : sourceSpans(gold)) {
        if (p.overlaps(g)) {
          return true;
        }
      }
    }
    List<Set<String>> goldNames = names(gold);
    for (Set<String> p : names(predicted)) {
      for (Set<String> g : goldNames) {
        if (!p.isEmpty() && !g.isEmpty() && (g.containsAll(p) || p.containsAll(g))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the predicted canonical speaker (or, lacking one, the document) and the gold
   * canonical speaker have token sets of which one contains the other; false when either has no
   * tokens.
   */
  static boolean isSameCanonical(EvalAttribution predicted, EvalAttribution gold) {
    Set<String> p =
        tokens(
            predicted.speakerCanonical() != null
                ? predicted.speakerCanonical()
                : predicted.document());
    Set<String> g = tokens(gold.speakerCanonical());
    return !p.isEmpty() && !g.isEmpty() && (g.containsAll(p) || p.containsAll(g));
  }

  /** The identifying tokens of a name: lower-cased word tokens other than titles. */
  static Set<String> tokens(String name) {
    Set<String> tokens = new HashSet<>();
    if (name == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(name.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      if (!TITLES.contains(m.group())) {
        tokens.add(m.group());
      }
    }
    return tokens;
  }

  private static List<CharSpan> sourceSpans(EvalAttribution a) {
    return Stream.of(a.speakerSpan(), a.documentSpan()).filter(Objects::nonNull).toList();
  }

  private static List<Set<String>> names(EvalAttribution a) {
    return Arrays.asList(tokens(a.speakerCanonical()), tokens(a.speaker()), tokens(a.document()));
  }
}
