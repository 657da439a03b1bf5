package org.attribution.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which documents one side of an evaluation has and the other lacks: predicted documents with no
 * gold, whose attributions no figure counts, and gold documents with no prediction, whose
 * attributions all count as missed. Either usually means the two files are not of the same corpus,
 * or that the extraction stopped short.
 *
 * <pre>{@code
 * DocumentCoverage coverage = DocumentCoverage.of(gold, predicted);
 * coverage.lines().forEach(System.err::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param withoutGold ids of predicted documents that the gold lacks, in file order
 * @param withoutPrediction ids of gold documents that the predictions lack, in file order
 */
public record DocumentCoverage(List<String> withoutGold, List<String> withoutPrediction) {

  /** Ids named in a line before it is cut short. */
  static final int IDS_SHOWN = 3;

  public DocumentCoverage {
    withoutGold = List.copyOf(withoutGold);
    withoutPrediction = List.copyOf(withoutPrediction);
  }

  public static DocumentCoverage of(EvalCorpus gold, EvalCorpus predicted) {
    return new DocumentCoverage(
        missingFrom(predicted.ids(), gold.ids()), missingFrom(gold.ids(), predicted.ids()));
  }

  private static List<String> missingFrom(Set<String> ids, Set<String> other) {
    return ids.stream().filter(id -> !other.contains(id)).toList();
  }

  /** A line for each side that lacks documents, naming the first few; none when complete. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (!withoutGold.isEmpty()) {
      boolean one = withoutGold.size() == 1;
      lines.add(
          String.format(
              Locale.ROOT,
              "%,d predicted %s no gold and %s not scored (%s)",
              withoutGold.size(),
              one ? "document has" : "documents have",
              one ? "is" : "are",
              first(withoutGold)));
    }
    if (!withoutPrediction.isEmpty()) {
      boolean one = withoutPrediction.size() == 1;
      lines.add(
          String.format(
              Locale.ROOT,
              "%,d gold %s no prediction; %s attributions count as missed (%s)",
              withoutPrediction.size(),
              one ? "document has" : "documents have",
              one ? "its" : "their",
              first(withoutPrediction)));
    }
    return lines;
  }

  private static String first(List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
        + (ids.size() > IDS_SHOWN ? ", ..." : "");
  }
}
