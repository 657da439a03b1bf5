package org.attribution.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * ScoredRole-level exact span scores, as papers report them on PolNeAR: for each role the distinct
 * trimmed, non-empty spans of gold and of predictions are compared as sets of (document, begin,
 * end). The source role is the speaker span, or the document span when there is no speaker; each
 * part of a content is a content span of its own.
 *
 * <p>A predicted span equal to that of optional gold, and to no required gold, is not counted. For
 * a subset of the gold, only the subset's gold spans are compared, with the spans of the
 * predictions that the content scores count (see {@link ContentMatcher}); with {@link
 * GoldSubset#ALL} these are all gold and all predictions.
 *
 * <p>Stateless and thread-safe.
 */
final class RoleSpanScorer {

  private record ScoredRole(
      String name, BiFunction<EvalDocument, EvalAttribution, List<CharSpan>> spans) {}

  private record Located(String document, int begin, int end) {}

  /** The span sets of one role over the corpus. */
  private record Sets(Set<Located> required, Set<Located> optional, Set<Located> predicted) {
    Sets() {
      this(new HashSet<>(), new HashSet<>(), new HashSet<>());
    }
  }

  private static final List<ScoredRole> ROLES =
      List.of(
          new ScoredRole(
              "source",
              (doc, a) ->
                  trimmed(doc, a.speakerSpan() != null ? a.speakerSpan() : a.documentSpan())),
          new ScoredRole("cue", (doc, a) -> trimmed(doc, a.cueSpan())),
          new ScoredRole("content", EvalDocument::trimmedParts));

  private RoleSpanScorer() {}

  /** Scores of the source, cue and content roles, in that order. */
  static List<RoleSpanScore> score(EvalCorpus gold, EvalCorpus predicted, GoldSubset subset) {
    List<Sets> sets = ROLES.stream().map(r -> new Sets()).toList();
    for (EvalDocument doc : gold.documents()) {
      List<EvalAttribution> counted =
          ContentMatcher.match(doc, predicted.attributionsOf(doc.id()), subset).countedPredicted();
      for (int r = 0; r < ROLES.size(); r++) {
        collect(doc, ROLES.get(r), subset, counted, sets.get(r));
      }
    }
    List<RoleSpanScore> scores = new ArrayList<>();
    for (int r = 0; r < ROLES.size(); r++) {
      scores.add(score(ROLES.get(r).name(), sets.get(r)));
    }
    return List.copyOf(scores);
  }

  private static void collect(
      EvalDocument doc,
      ScoredRole role,
      GoldSubset subset,
      List<EvalAttribution> counted,
      Sets sets) {
    for (EvalAttribution a : doc.attributions()) {
      if (subset.includes(a)) {
        locate(doc, role.spans().apply(doc, a))
            .forEach((a.optional() ? sets.optional() : sets.required())::add);
      }
    }
    for (EvalAttribution a : counted) {
      locate(doc, role.spans().apply(doc, a)).forEach(sets.predicted()::add);
    }
  }

  private static RoleSpanScore score(String role, Sets sets) {
    Set<Located> onlyOptional = new HashSet<>(sets.optional());
    onlyOptional.removeAll(sets.required());
    Set<Located> predicted = new HashSet<>(sets.predicted());
    predicted.removeAll(onlyOptional);
    int truePositives = (int) predicted.stream().filter(sets.required()::contains).count();
    return new RoleSpanScore(
        role,
        PrecisionRecall.of(truePositives, predicted.size(), sets.required().size()),
        sets.required().size(),
        predicted.size());
  }

  /** The role's span trimmed in the gold document, or none when absent. */
  private static List<CharSpan> trimmed(EvalDocument doc, CharSpan span) {
    return span == null ? List.of() : List.of(doc.trimmed(span));
  }

  /** The trimmed spans that are not empty, placed in the gold document. */
  private static List<Located> locate(EvalDocument doc, List<CharSpan> spans) {
    return spans.stream()
        .filter(CharSpan::isProper)
        .map(s -> new Located(doc.id(), s.begin(), s.end()))
        .toList();
  }
}
