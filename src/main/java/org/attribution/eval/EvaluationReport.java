package org.attribution.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an {@link Evaluation} exactly as the reference scorer prints it, so the two outputs can
 * be compared with {@code diff}: plain lines with three decimals, or a JSON object with the same
 * keys and values. Scores are first rounded to four decimals and then formatted, both rounding half
 * to even on the exact binary value, as Python's {@code round} and {@code format} do.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationReport {

  private EvaluationReport() {}

  /**
   * The plain-text lines: a header, four score lines, speaker accuracy, canonical speaker accuracy
   * when matched gold has canonical speakers, three role-span lines.
   */
  public static List<String> lines(Evaluation e) {
    ContentCounts c = e.content();
    List<String> lines = new ArrayList<>();
    lines.add("subset=" + e.subset() + " gold=" + c.gold() + " pred=" + c.predicted());
    lines.add(scoreLine("partial", c.partialScores()));
    lines.add(scoreLine("exact", c.exactScores()));
    lines.add(scoreLine("speaker", c.speakerScores()));
    lines.add(scoreLine("e2e_exact", c.endToEndExactScores()));
    lines.add("speaker accuracy on matched content: " + fixed3(c.speakerAccuracyOnMatched()));
    c.canonicalAccuracyOnMatched()
        .ifPresent(
            accuracy ->
                lines.add(
                    "canonical speaker accuracy on matched content: "
                        + fixed3(accuracy)
                        + " (of "
                        + c.canonicalGold()
                        + " with a gold name)"));
    for (RoleSpanScore s : e.spans()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "span-exact %-8s %s  (gold %d, pred %d)",
              s.role(),
              prf(s.scores()),
              s.gold(),
              s.predicted()));
    }
    return lines;
  }

  /** The JSON object, keys in the reference scorer's order. */
  public static ObjectNode json(Evaluation e) {
    ContentCounts c = e.content();
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("gold", c.gold());
    node.put("pred", c.predicted());
    node.put("partial", c.partial());
    node.put("exact", c.exact());
    node.put("speaker", c.speaker());
    node.put("cue", c.cue());
    node.put("e2e_exact", c.endToEndExact());
    node.put("canonical", c.canonical());
    node.put("canonical_gold", c.canonicalGold());
    putScores(node, "partial_", c.partialScores());
    putScores(node, "exact_", c.exactScores());
    putScores(node, "speaker_", c.speakerScores());
    putScores(node, "e2e_exact_", c.endToEndExactScores());
    node.put("speaker_acc_on_matched", round4(c.speakerAccuracyOnMatched()));
    if (c.canonicalAccuracyOnMatched().isPresent()) {
      node.put("canonical_acc_on_matched", round4(c.canonicalAccuracyOnMatched().getAsDouble()));
    } else {
      node.putNull("canonical_acc_on_matched");
    }
    ObjectNode spans = node.putObject("spans");
    for (RoleSpanScore s : e.spans()) {
      ObjectNode role = spans.putObject(s.role());
      putScores(role, "", s.scores());
      role.put("gold", s.gold());
      role.put("pred", s.predicted());
    }
    return node;
  }

  private static String scoreLine(String label, PrecisionRecall scores) {
    return String.format(Locale.ROOT, "%-10s %s", label, prf(scores));
  }

  private static String prf(PrecisionRecall s) {
    return "P=" + fixed3(s.precision()) + " R=" + fixed3(s.recall()) + " F1=" + fixed3(s.f1());
  }

  private static void putScores(ObjectNode node, String prefix, PrecisionRecall s) {
    node.put(prefix + "P", round4(s.precision()));
    node.put(prefix + "R", round4(s.recall()));
    node.put(prefix + "F1", round4(s.f1()));
  }

  /**
   * Python's {@code round(x, 4)}, written as Python writes the resulting float ({@code 1.0}, {@code
   * 0.6667}).
   */
  private static BigDecimal round4(double x) {
    BigDecimal rounded = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
  }

  /** Python's {@code f"{round(x, 4):.3f}"}. */
  private static String fixed3(double x) {
    double rounded = round4(x).doubleValue();
    return new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }
}
