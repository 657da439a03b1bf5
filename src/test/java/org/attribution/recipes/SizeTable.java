package org.attribution.recipes;

import edu.stanford.nlp.pipeline.DefaultPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.attribution.Profile;

/**
 * The table of what each dependency recipe puts on a classpath, as {@link ConsumerProjectIT}
 * measures it and {@code docs/dependency.md} prints it between {@link #BEGIN} and {@link #END}.
 */
final class SizeTable {

  static final String BEGIN = "<!-- dependency-sizes: written by ConsumerProjectIT -->";
  static final String END = "<!-- /dependency-sizes -->";

  private SizeTable() {}

  static String row(DependencyRecipe recipe, int jars, long bytes) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f | %s |",
        recipe.name(),
        jars,
        bytes / 1e6,
        recipe.runs().stream().map(Profile::name).collect(Collectors.joining(", ")));
  }

  static String of(List<String> rows) {
    return BEGIN
        + "\n| recipe | jars | MB | profiles that run on samples/ |\n|---|---|---|---|\n"
        + String.join("\n", rows)
        + "\n"
        + END
        + "\n";
  }

  /** The table of a document, markers included; empty when it has none. */
  static String in(String markdown) {
    int begin = markdown.indexOf(BEGIN);
    int end = markdown.indexOf(END);
    return begin < 0 || end < begin ? "" : markdown.substring(begin, end + END.length()) + "\n";
  }

  /** Same recipes, jar counts and profiles, and sizes within {@code slackMb}. */
  static boolean agree(String committed, String measured, double slackMb) {
    Map<String, String[]> a = cells(committed);
    Map<String, String[]> b = cells(measured);
    if (!a.keySet().equals(b.keySet()) || a.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String[]> e : a.entrySet()) {
      String[] x = e.getValue();
      String[] y = b.get(e.getKey());
      if (!x[1].equals(y[1])
          || !x[3].equals(y[3])
          || Math.abs(Double.parseDouble(x[2]) - Double.parseDouble(y[2])) > slackMb) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String[]> cells(String table) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : table.split("\n")) {
      String[] cells = line.split("\\|");
      if (line.startsWith("| ") && cells.length == 5 && cells[2].strip().matches("\\d+")) {
        rows.put(
            cells[1].strip(),
            new String[] {cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()});
      }
    }
    return rows;
  }

  /** The one line that building {@code profile} without CoreNLP's models gives. */
  static String refusal(Profile profile) {
    return "CoreNLP's model "
        + DefaultPaths.DEFAULT_POS_MODEL
        + " is not on the classpath, and the "
        + profile
        + " profile loads it: depend on attribution-extractor without the fast classifier"
        + " (docs/dependency.md)";
  }
}
