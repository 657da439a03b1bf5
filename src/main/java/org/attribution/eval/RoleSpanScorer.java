package org.attribution.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Role-level exact span scores, as papers report them on PolNeAR: for each role the distinct trimmed,
 * non-empty spans of gold and of predictions are compared as sets of (document, begin, end). The
 * source role is the speaker span, or the document span when there is no speaker.
 *
 * <p>A predicted span equal to that of optional gold, and to no required gold, is not counted. For a
 * subset of the gold, only the subset's gold spans are compared, with the spans of the predictions
 * that the content scores count (see {@link ContentMatcher}); with {@link GoldSubset#ALL} these are
 * all gold and all predictions.
 *
 * <p>Stateless and thread-safe.
 */
final class RoleSpanScorer {

  private record Role(String name, Function<EvalAttribution, CharSpan> span) {}

  private record Located(String document, int begin, int end) {}

  /** The span sets of one role over the corpus. */
  private record Sets(Set<Located> required, Set<Located> optional, Set<Located> predicted) {
    Sets() {
      this(new HashSet<>(), new HashSet<>(), new HashSet<>());
    }
  }

  private static final List<Role> ROLES = List.of(
      new Role("source", a -> a.speakerSpan() != null ? a.speakerSpan() : a.documentSpan()),
      new Role("cue", EvalAttribution::cueSpan),
      new Role("content", EvalAttribution::contentSpan));

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
      EvalDocument doc, Role role, GoldSubset subset, List<EvalAttribution> counted, Sets sets) {
    for (EvalAttribution a : doc.attributions()) {
      Located span = locate(doc, role.span().apply(a));
      if (span != null && subset.includes(a)) {
        (a.optional() ? sets.optional() : sets.required()).add(span);
      }
    }
    for (EvalAttribution a : counted) {
      Located span = locate(doc, role.span().apply(a));
      if (span != null) {
        sets.predicted().add(span);
      }
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

  /** The trimmed span in the gold document, or null when absent or empty after trimming. */
  private static Located locate(EvalDocument doc, CharSpan span) {
    if (span == null) {
      return null;
    }
    CharSpan trimmed = doc.trimmed(span);
    return trimmed.isProper() ? new Located(doc.id(), trimmed.begin(), trimmed.end()) : null;
  }
}
