package org.attribution.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attribution.eval.CueReliabilityTrainer;
import org.attribution.eval.EvalCorpus;
import org.attribution.lexicon.CueReliability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds the cue reliability model from a gold training file. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learns how reliable each cue is from gold JSON Lines and writes the model.")
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "Gold JSON Lines to learn from.")
  Path gold;

  @Option(names = "--output", defaultValue = "models/cue-reliability.tsv",
      description = "Model file to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    EvalCorpus corpus = EvalCorpus.readGold(gold);
    CueReliability model = new CueReliabilityTrainer().train(corpus, threads);
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      model.write(out, String.join("\n",
          "Cue reliability of attribution-extractor: per cue entry and content rule, how many",
          "candidates matched a gold attribution (trimmed content IoU >= 0.5) and how many were seen.",
          "Rows with entry * are the back-off rates per rule and overall.",
          "Rebuild: java -jar target/attribution-extractor.jar train --gold <train.jsonl> --output models/cue-reliability.tsv",
          "Columns: entry, rule, matched, seen"));
    }
    System.err.println("wrote " + output);
    return 0;
  }
}
