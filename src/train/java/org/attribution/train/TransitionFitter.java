package org.attribution.train;

import java.util.List;
import org.attribution.tagger.SpanTag;

/**
 * Fits the transition scores of a linear-chain CRF over fixed per-piece scores (the fine-tuned
 * encoder's log-probabilities), by gradient ascent on the log-likelihood of the gold tags with
 * forward-backward; invalid BIO transitions stay excluded, as the decoder excludes them. A few
 * dozen passes over the training windows take minutes, where fine-tuning a CRF layer with the
 * encoder would slow every step.
 */
final class TransitionFitter {

  /** One sequence: the scores {@code [piece][tag]} and the gold tag of each piece. */
  record Sequence(float[][] scores, int[] gold) {}

  private TransitionFitter() {}

  static double[][] fit(List<Sequence> sequences, int passes, double rate) {
    int k = SpanTag.COUNT;
    double[][] transitions = new double[k][k];
    double[][] squared = new double[k][k];
    for (int pass = 0; pass < passes; pass++) {
      double[][] gradient = new double[k][k];
      double logLikelihood = 0;
      long pieces = 0;
      for (Sequence s : sequences) {
        logLikelihood += accumulate(s, transitions, gradient);
        pieces += s.gold().length;
      }
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          double g = gradient[a][b] / pieces;
          squared[a][b] += g * g;
          transitions[a][b] += rate * g / (Math.sqrt(squared[a][b]) + 1e-8);
        }
      }
      System.out.printf(
          "pass %d: log-likelihood per piece %.5f%n", pass + 1, logLikelihood / pieces);
    }
    return transitions;
  }

  private static boolean allowed(int from, int to) {
    return SpanTag.values()[to].mayFollow(SpanTag.values()[from]);
  }

  /**
   * Adds observed minus expected transition counts to {@code gradient}; returns the log-likelihood.
   */
  private static double accumulate(Sequence s, double[][] t, double[][] gradient) {
    int n = s.gold().length;
    int k = SpanTag.COUNT;
    if (n == 0) {
      return 0;
    }
    double[][] alpha = new double[n][k];
    double[][] beta = new double[n][k];
    for (int j = 0; j < k; j++) {
      alpha[0][j] = SpanTag.values()[j].mayStart() ? s.scores()[0][j] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double[] terms = new double[k];
        for (int a = 0; a < k; a++) {
          terms[a] = allowed(a, j) ? alpha[i - 1][a] + t[a][j] : Double.NEGATIVE_INFINITY;
        }
        alpha[i][j] = logSumExp(terms) + s.scores()[i][j];
      }
    }
    for (int i = n - 2; i >= 0; i--) {
      for (int a = 0; a < k; a++) {
        double[] terms = new double[k];
        for (int j = 0; j < k; j++) {
          terms[j] =
              allowed(a, j)
                  ? t[a][j] + s.scores()[i + 1][j] + beta[i + 1][j]
                  : Double.NEGATIVE_INFINITY;
        }
        beta[i][a] = logSumExp(terms);
      }
    }
    double logZ = logSumExp(alpha[n - 1]);
    double goldScore = s.scores()[0][s.gold()[0]];
    for (int i = 1; i < n; i++) {
      int a = s.gold()[i - 1];
      int b = s.gold()[i];
      goldScore += t[a][b] + s.scores()[i][b];
      gradient[a][b] += 1;
      for (int from = 0; from < k; from++) {
        for (int to = 0; to < k; to++) {
          if (allowed(from, to) && alpha[i - 1][from] > Double.NEGATIVE_INFINITY) {
            gradient[from][to] -=
                Math.exp(alpha[i - 1][from] + t[from][to] + s.scores()[i][to] + beta[i][to] - logZ);
          }
        }
      }
    }
    return goldScore - logZ;
  }

  private static double logSumExp(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double v : values) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }
}
