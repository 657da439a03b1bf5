package org.attribution.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribution.Profile;
import org.attribution.batch.OutputTarget;
import org.attribution.eval.CueReliabilityTrainer;
import org.attribution.eval.EvalCorpus;
import org.attribution.lexicon.CueReliability;
import org.attribution.pipeline.ProfileStages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Rebuilds a profile's cue reliability model from a gold training file, into a models folder that
 * {@code extract --models} reads.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Learns how reliable each cue is from gold JSON Lines and writes the model into a folder"
            + " that extract --models reads.",
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {"0:the model was written", ExitStatus.FAILED_LINE, ExitStatus.BUG_LINE})
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "Gold JSON Lines to learn from.")
  Path gold;

  @Option(
      names = "--profile",
      defaultValue = "ACCURATE",
      description =
          "ACCURATE or FAST, the profile whose candidates the model scores (default: ${DEFAULT-VALUE});"
              + " LEARNED has no cue model.")
  Profile profile;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description =
          "Models folder to write the model into, made if missing: cue-reliability.tsv, or"
              + " cue-reliability-fast.tsv for FAST (--output models replaces the bundled one).")
  Path output;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (profile == Profile.LEARNED) {
      System.err.println(
          "train: the LEARNED profile has no cue model; train its tagger with"
              + " scripts/train-tagger.sh (docs/models.md)");
      return ExitStatus.FAILED;
    }
    ExtractCommand.silenceCoreNlpWarnings();
    String file = ProfileStages.of(profile).cueModelFile();
    Path target = output.resolve(file);
    try {
      ModelsFolder.prepare(output, file);
    } catch (IllegalArgumentException e) {
      System.err.println("train: " + e.getMessage());
      return ExitStatus.FAILED;
    }
    EvalCorpus corpus;
    OutputTarget written;
    try {
      // The output is checked before the training, not after it.
      written = OutputTarget.of(target, List.of(gold), path -> false);
      corpus = EvalCorpus.readGold(gold);
    } catch (IllegalArgumentException e) {
      System.err.println("train: " + e.getMessage());
      return ExitStatus.FAILED;
    }
    CueReliability model = new CueReliabilityTrainer(profile).train(corpus, threads);
    written.writeAtomically(
        out ->
            model.write(
                out.writer(),
                String.join(
                    "\n",
                    "Cue reliability of attribution-extractor, "
                        + profile
                        + " profile: per cue entry and content",
                    "rule, how many candidates matched a gold attribution (trimmed content IoU >= 0.5) and how",
                    "many were seen. Rows with entry * are the back-off rates per rule and overall.",
                    "Rebuild: java -jar target/attribution-extractor.jar train --gold <train.jsonl> --profile "
                        + profile
                        + " --output <models folder>",
                    "Columns: entry, rule, matched, seen")));
    System.err.println("wrote " + target);
    return ExitStatus.OK;
  }
}
