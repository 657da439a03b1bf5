package org.attribution.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a benchmark's results as plain-text tables: models (load time and heap), throughput per
 * corpus, and the ratios between contenders that the targets are stated in. Stateless.
 */
public final class BenchTable {

  /**
   * A ratio of one-thread documents per second to print, with the target it is held to.
   *
   * @param target the least acceptable ratio
   */
  public record Ratio(String numerator, String denominator, double target) {}

  private static final String ROW = "%-34s";

  private BenchTable() {}

  public static String format(
      List<ContenderResult> results, List<BenchCorpus> corpora, List<Ratio> ratios, int threads) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            ROW + "%8s %16s %16s %10s%n",
            "Models",
            "load s",
            "live MB (load)",
            "live MB (end)",
            "peak MB"));
    for (ContenderResult result : results) {
      if (result instanceof ContenderResult.Measured m) {
        out.append(
            String.format(
                Locale.ROOT,
                ROW + "%8.1f %16s %16s %10s%n",
                m.contender(),
                m.loadSeconds(),
                megabytes(m.liveAfterLoad()),
                megabytes(m.liveAfterRun()),
                megabytes(m.peak())));
      } else if (result instanceof ContenderResult.Failed f) {
        out.append(String.format(Locale.ROOT, ROW + "failed: %s%n", f.contender(), f.reason()));
      }
    }
    for (BenchCorpus corpus : corpora) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nThroughput on %s (%,d documents, %,d characters)%n",
              corpus.name(),
              corpus.texts().size(),
              corpus.characters()));
      out.append(
          String.format(Locale.ROOT, ROW + "%-41s  %-31s%n", "", "1 thread", threads + " threads"));
      out.append(
          String.format(
              Locale.ROOT,
              ROW + "%9s %10s %12s %7s  %9s %10s %7s %8s %9s%n",
              "",
              "docs/s",
              "chars/s",
              "chars/CPU-s",
              "docs",
              "docs/s",
              "chars/s",
              "docs",
              "scaling",
              "CPU eff."));
      for (ContenderResult result : results) {
        on(result, corpus.name()).ifPresent(t -> out.append(throughputRow(result.contender(), t)));
      }
    }
    List<String> ratioLines = ratioLines(results, corpora, ratios);
    if (!ratioLines.isEmpty()) {
      // Characters, not documents: a contender capped to fewer documents ran the shorter or longer
      // first ones; on the same documents the two ratios are equal.
      out.append(
          String.format(
              "%nRatios of 1-thread throughput (characters/s: documents/s on the same documents)%n"));
      ratioLines.forEach(line -> out.append(line).append(System.lineSeparator()));
    }
    return out.toString();
  }

  private static String throughputRow(String contender, ContenderResult.CorpusThroughput t) {
    Throughput one = t.single();
    Throughput all = t.parallel();
    // Work per processor second on all threads against one: below 1 when threads contend for
    // locks or memory; scaling is bounded by it times the cores the threads actually got.
    return String.format(
        Locale.ROOT,
        ROW + "%9.2f %10.0f %12.0f %7d  %9.2f %10.0f %7d %7.2fx %9.2f%n",
        contender,
        one.documentsPerSecond(),
        one.charactersPerSecond(),
        one.charactersPerCpuSecond(),
        one.documents(),
        all.documentsPerSecond(),
        all.charactersPerSecond(),
        all.documents(),
        all.charactersPerSecond() / one.charactersPerSecond(),
        all.charactersPerCpuSecond() / one.charactersPerCpuSecond());
  }

  private static List<String> ratioLines(
      List<ContenderResult> results, List<BenchCorpus> corpora, List<Ratio> ratios) {
    List<String> lines = new ArrayList<>();
    for (Ratio ratio : ratios) {
      for (BenchCorpus corpus : corpora) {
        Optional<Throughput> top = single(results, ratio.numerator(), corpus.name());
        Optional<Throughput> bottom = single(results, ratio.denominator(), corpus.name());
        if (top.isPresent() && bottom.isPresent()) {
          double value = top.get().charactersPerSecond() / bottom.get().charactersPerSecond();
          double cpu = top.get().charactersPerCpuSecond() / bottom.get().charactersPerCpuSecond();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%s / %s on %s: %.2fx, %.2fx in CPU time (target %.2fx: %s)",
                  ratio.numerator(),
                  ratio.denominator(),
                  corpus.name(),
                  value,
                  cpu,
                  ratio.target(),
                  value >= ratio.target() ? "met" : "missed"));
        }
      }
    }
    return lines;
  }

  private static Optional<Throughput> single(
      List<ContenderResult> results, String contender, String corpus) {
    return results.stream()
        .filter(r -> r.contender().equals(contender))
        .findFirst()
        .flatMap(r -> on(r, corpus))
        .map(ContenderResult.CorpusThroughput::single);
  }

  private static Optional<ContenderResult.CorpusThroughput> on(
      ContenderResult result, String corpus) {
    if (result instanceof ContenderResult.Measured m) {
      return m.corpora().stream().filter(c -> c.corpus().equals(corpus)).findFirst();
    }
    return Optional.empty();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d", bytes >> 20);
  }
}
