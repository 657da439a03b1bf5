package org.attribution.tagger;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the best valid tag sequence (Viterbi) from per-piece tag scores and, when a CRF was fit,
 * scores for each pair of consecutive tags. Valid means BIO-consistent: an {@code I-} tag only
 * after a {@code B-} or {@code I-} of its own role, never first. Without transition scores this is
 * the per-piece best tags under that constraint.
 *
 * <pre>{@code
 * TagDecoder decoder = TagDecoder.constrained();
 * SpanTag[] tags = decoder.decode(logProbabilities);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TagDecoder {

  private final double[][] transitions;

  private TagDecoder(double[][] transitions) {
    this.transitions = transitions;
  }

  /** A decoder with no transition scores beyond the BIO constraint. */
  public static TagDecoder constrained() {
    return new TagDecoder(new double[SpanTag.COUNT][SpanTag.COUNT]);
  }

  /** A decoder with {@code transitions[from][to]} added to the score of each consecutive pair. */
  public static TagDecoder withTransitions(double[][] transitions) {
    checkArgument(transitions.length == SpanTag.COUNT, "transitions need %s rows", SpanTag.COUNT);
    double[][] copy = new double[SpanTag.COUNT][];
    for (int i = 0; i < SpanTag.COUNT; i++) {
      checkArgument(
          transitions[i].length == SpanTag.COUNT, "transitions need %s columns", SpanTag.COUNT);
      copy[i] = transitions[i].clone();
    }
    return new TagDecoder(copy);
  }

  /**
   * Reads transition scores, one row per previous tag in {@link SpanTag} order, seven tab-separated
   * numbers each; lines starting with {@code #} are comments.
   */
  public static TagDecoder read(InputStream in) {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.trim().split("\t");
        double[] row = new double[fields.length];
        for (int i = 0; i < fields.length; i++) {
          row[i] = Double.parseDouble(fields[i]);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tag transitions", e);
    }
    return withTransitions(rows.toArray(new double[0][]));
  }

  /**
   * The best valid tags for {@code scores[piece][tag]} (log-probabilities or any additive scores).
   */
  public SpanTag[] decode(float[][] scores) {
    int n = scores.length;
    SpanTag[] tags = SpanTag.values();
    SpanTag[] best = new SpanTag[n];
    if (n == 0) {
      return best;
    }
    double[] previous = new double[SpanTag.COUNT];
    int[][] back = new int[n][SpanTag.COUNT];
    for (SpanTag t : tags) {
      previous[t.ordinal()] = t.mayStart() ? scores[0][t.ordinal()] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      double[] current = new double[SpanTag.COUNT];
      for (SpanTag t : tags) {
        double top = Double.NEGATIVE_INFINITY;
        int argTop = 0;
        for (SpanTag from : tags) {
          if (!t.mayFollow(from)) {
            continue;
          }
          double score = previous[from.ordinal()] + transitions[from.ordinal()][t.ordinal()];
          if (score > top) {
            top = score;
            argTop = from.ordinal();
          }
        }
        current[t.ordinal()] = top + scores[i][t.ordinal()];
        back[i][t.ordinal()] = argTop;
      }
      previous = current;
    }
    int last = 0;
    for (int t = 1; t < SpanTag.COUNT; t++) {
      if (previous[t] > previous[last]) {
        last = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      best[i] = tags[last];
      last = back[i][last];
    }
    return best;
  }

  /**
   * The spans of {@code tags} over {@code pieces}: each {@code B-} with the {@code I-} after it,
   * scored by the mean probability of their tags under {@code scores} (log-probabilities).
   */
  public static List<TaggedSpan> spans(List<WordPiece> pieces, SpanTag[] tags, float[][] scores) {
    List<TaggedSpan> spans = new ArrayList<>();
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].role() == null) {
        continue;
      }
      int last = i;
      while (last + 1 < tags.length
          && !tags[last + 1].begins()
          && tags[last + 1].role() == tags[i].role()) {
        last++;
      }
      double probability = 0;
      for (int k = i; k <= last; k++) {
        probability += Math.exp(scores[k][tags[k].ordinal()]);
      }
      spans.add(
          new TaggedSpan(
              tags[i].role(),
              org.attribution.Span.of(pieces.get(i).begin(), pieces.get(last).end()),
              probability / (last - i + 1)));
      i = last;
    }
    return spans;
  }
}
