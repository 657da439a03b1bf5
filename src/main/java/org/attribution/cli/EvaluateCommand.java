package org.attribution.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * scorer {@code score.py}, optionally followed by the same figures for each attribution type.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores predicted attributions (JSON Lines) against gold.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Gold JSON Lines file.")
  Path gold;

  @Option(names = "--predicted", required = true, description = "Predicted JSON Lines file.")
  Path predicted;

  @Option(names = "--subset", defaultValue = "all",
      description = "Gold to score against: all, quoted or unquoted (default: ${DEFAULT-VALUE}).")
  String subset;

  @Option(names = "--by-type", description = "Also score each type (DIRECT, MIXED, INDIRECT) separately.")
  boolean byType;

  @Option(names = "--json", description = "Print one JSON object instead of text lines.")
  boolean json;

  @Override
  public Integer call() {
    GoldSubset goldSubset = parseSubset();
    try {
      print(EvalCorpus.readGold(gold), EvalCorpus.readPredicted(predicted), goldSubset);
      return 0;
    } catch (IllegalArgumentException e) {
      // Malformed lines and spans beyond the gold text are reported, not thrown as stack traces.
      spec.commandLine().getErr().println("evaluate: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      spec.commandLine().getErr().println("evaluate: cannot read " + e.getMessage());
      return 1;
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
