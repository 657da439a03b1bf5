package org.attribution.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.TerminalText;
import org.attribution.eval.DocumentCoverage;
import org.attribution.eval.EvalCorpus;
import org.attribution.eval.Evaluation;
import org.attribution.eval.EvaluationReport;
import org.attribution.eval.Evaluator;
import org.attribution.eval.GoldSubset;
import org.attribution.io.AttributionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores predicted attributions against gold, printing the same lines (or JSON) as the reference
 * scorer {@code score.py}, optionally followed by the same figures for each attribution type. The
 * documents only one side has are named on standard error, so that the figures still compare line
 * for line with the reference scorer's.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted attributions (JSON Lines) against gold.",
      "Documents only one side has are counted on standard error: predicted ones without gold are not"
          + " scored, gold ones without prediction count as missed."
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      "0:scored (documents only one side has are named on standard error)",
      "1:no predicted document id matches the gold",
      ExitStatus.FAILED_LINE,
      ExitStatus.BUG_LINE
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold JSON Lines file.")
  Path gold;

  @Option(
      names = "--predicted",
      required = true,
      paramLabel = "FILE",
      description =
          "Predicted JSON Lines file, or a folder of them (a Spark job's output: part-* files).")
  Path predicted;

  @Option(
      names = "--subset",
      defaultValue = "all",
      description = "Gold to score against: all, quoted or unquoted (default: ${DEFAULT-VALUE}).")
  String subset;

  @Option(
      names = "--by-type",
      description = "Also score each type (DIRECT, MIXED, INDIRECT) separately.")
  boolean byType;

  @Option(names = "--json", description = "Print one JSON object instead of text lines.")
  boolean json;

  @Override
  public Integer call() {
    GoldSubset goldSubset = parseSubset();
    PrintWriter err = spec.commandLine().getErr();
    try {
      // Checked as every output is: standard output closed, or redirected over an input.
      OutputTarget.standardOutput(List.of(gold, predicted));
      EvalCorpus goldCorpus = EvalCorpus.readGold(gold);
      EvalCorpus predictedCorpus = EvalCorpus.readPredicted(predicted);
      goldCorpus.warnings().forEach(w -> err.println(TerminalText.escape("evaluate: gold " + w)));
      predictedCorpus
          .warnings()
          .forEach(w -> err.println(TerminalText.escape("evaluate: predicted " + w)));
      print(goldCorpus, predictedCorpus, goldSubset);
      // Scored all the same, as the reference scorer does: a prediction file may leave out
      // documents.
      DocumentCoverage.of(goldCorpus, predictedCorpus)
          .lines()
          .forEach(line -> err.println(TerminalText.escape("evaluate: " + line)));
      boolean noneMatch =
          !goldCorpus.ids().isEmpty()
              && predictedCorpus.ids().stream().noneMatch(goldCorpus.ids()::contains);
      if (noneMatch) {
        err.println(
            "evaluate: no predicted document id matches the gold; are the two files of the same"
                + " corpus?");
      }
      err.flush();
      return noneMatch ? ExitStatus.PARTLY : ExitStatus.OK;
    } catch (IllegalArgumentException e) {
      // Malformed lines and spans beyond the gold text are reported, not thrown as stack traces.
      err.println(TerminalText.escape("evaluate: " + e.getMessage()));
      return ExitStatus.FAILED;
    } catch (IOException e) {
      err.println(TerminalText.escape("evaluate: cannot read " + IoMessages.describe(e)));
      return ExitStatus.FAILED;
    }
  }

  private void print(EvalCorpus goldCorpus, EvalCorpus predictedCorpus, GoldSubset goldSubset) {
    Evaluation overall = Evaluator.evaluate(goldCorpus, predictedCorpus, goldSubset);
    List<Evaluation> perType =
        byType ? Evaluator.evaluateByType(goldCorpus, predictedCorpus, goldSubset) : List.of();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = EvaluationReport.json(overall);
      if (byType) {
        ObjectNode types = node.putObject("byType");
        perType.forEach(e -> types.set(e.subset(), EvaluationReport.json(e)));
      }
      out.println(AttributionJson.MAPPER.writeValueAsString(node));
    } else {
      EvaluationReport.lines(overall).forEach(out::println);
      perType.forEach(e -> EvaluationReport.lines(e).forEach(out::println));
    }
    out.flush();
  }

  private GoldSubset parseSubset() {
    try {
      return GoldSubset.named(subset);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
