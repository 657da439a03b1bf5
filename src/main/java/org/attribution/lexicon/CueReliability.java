package org.attribution.lexicon;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.attribution.annotation.ContentRule;

/**
 * How often a cue, in the frame it was found in, marked a real attribution in the training data:
 * counts per lexicon entry and frame (the {@link ContentRule} that found the content, and whether
 * the cue is nested in another candidate's content), smoothed towards the frame's own rate and the
 * overall rate when the entry was seldom seen (a verb outside the lexicon, entry {@code ~lemma},
 * first towards the rate of such verbs). Trained by the {@code train} command into {@code
 * models/cue-reliability.tsv}, and for the fast profile into {@code
 * models/cue-reliability-fast.tsv}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CueReliability model = CueReliability.bundled("cue-reliability.tsv");
 * double p = model.probability("say", ContentRule.CLAUSE, false);
 * }</pre>
 */
public final class CueReliability {

  /** Observations that weigh as much as the back-off rate. */
  private static final double PRIOR_WEIGHT = 3;

  private static final String ANY = "*";
  private static final String OVERALL = ANY + "\t" + ANY;

  /** Prefix of entries for verbs outside the lexicon; they back off to their own rate first. */
  private static final String OPEN = "~";

  private static final String NESTED = "+nested";

  /**
   * Counts: index 0 is how often the key's candidate matched gold, index 1 how often it was seen.
   */
  private final ImmutableMap<String, long[]> counts;

  private CueReliability(Map<String, long[]> counts) {
    this.counts = ImmutableMap.copyOf(counts);
  }

  /**
   * The model shipped in the jar as {@code models/<name>}, or an uninformed one when none is
   * bundled; each profile has its own, trained over its own candidates.
   */
  public static CueReliability bundled(String name) {
    try (InputStream in = CueReliability.class.getResourceAsStream("/models/" + name)) {
      if (in == null) {
        return uninformed();
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /models/" + name, e);
    }
  }

  /** A model that has seen nothing: every cue gets the same probability, one. */
  public static CueReliability uninformed() {
    return new CueReliability(Map.of());
  }

  /** A model from counts, as the trainer collects them. */
  public static CueReliability of(Map<String, long[]> counts) {
    return new CueReliability(counts);
  }

  /**
   * The key under which a cue entry is counted in a frame: the rule that found its content, and
   * whether the cue stands inside another candidate's content ({@code said that X is ready to take
   * ...}), where far fewer cues attribute anything.
   */
  public static String key(String entry, ContentRule rule, boolean nested) {
    return entry + "\t" + rule.name() + (nested ? NESTED : "");
  }

  /** Smoothed probability that a candidate of this entry and frame is a real attribution. */
  public double probability(String entry, ContentRule rule, boolean nested) {
    double overall = rate(counts.get(OVERALL), 1.0);
    double ofFrame = rate(counts.get(key(ANY, rule, nested)), overall);
    double ofClass =
        entry.startsWith(OPEN) ? rate(counts.get(key(OPEN + ANY, rule, nested)), ofFrame) : ofFrame;
    return rate(counts.get(key(entry, rule, nested)), ofClass);
  }

  private static double rate(long[] count, double prior) {
    return count == null ? prior : (count[0] + PRIOR_WEIGHT * prior) / (count[1] + PRIOR_WEIGHT);
  }

  /**
   * Adds the back-off rows: entry {@code *} for each frame, {@code ~*} for each frame over the
   * verbs outside the lexicon, and {@code * *} for all.
   */
  public static Map<String, long[]> withBackOff(Map<String, long[]> counts) {
    Map<String, long[]> out = new TreeMap<>(counts);
    long[] all = new long[2];
    Map<String, long[]> byFrame = new TreeMap<>();
    Map<String, long[]> openByFrame = new TreeMap<>();
    counts.forEach(
        (k, v) -> {
          String frame = k.substring(k.indexOf('\t') + 1);
          add(byFrame.computeIfAbsent(frame, x -> new long[2]), v);
          if (k.startsWith(OPEN)) {
            add(openByFrame.computeIfAbsent(frame, x -> new long[2]), v);
          }
          add(all, v);
        });
    byFrame.forEach((frame, v) -> out.put(ANY + "\t" + frame, v));
    openByFrame.forEach((frame, v) -> out.put(OPEN + ANY + "\t" + frame, v));
    out.put(OVERALL, all);
    return out;
  }

  private static void add(long[] sum, long[] count) {
    sum[0] += count[0];
    sum[1] += count[1];
  }

  /** Writes the model as TSV: a comment header, then {@code entry rule matched seen} rows. */
  public void write(Writer out, String header) throws IOException {
    for (String line : header.split("\n")) {
      out.write("# " + line + "\n");
    }
    for (Map.Entry<String, long[]> e : new TreeMap<>(counts).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
    }
  }

  static CueReliability parse(String tsv) {
    Map<String, long[]> counts = new TreeMap<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalArgumentException(
            "cue reliability row needs 4 fields: " + Arrays.toString(f));
      }
      counts.put(f[0] + "\t" + f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
    }
    return new CueReliability(counts);
  }
}
