package org.attribution.train;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribution.tagger.SpanTagger;
import org.attribution.tagger.WordPieceTokenizer;
import org.attribution.train.TaggerExamples.Example;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Fine-tunes the learned tagger's encoder on gold JSON Lines (build with {@code -Ptrain}). Runs
 * again in the same checkpoint directory resume after the last whole epoch.
 */
@Command(
    name = "train-tagger",
    mixinStandardHelpOptions = true,
    description =
        "Fine-tunes a pretrained encoder to tag sources, cues and contents; checkpoints every epoch.")
public final class TrainTaggerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Gold JSON Lines to learn from.")
  Path gold;

  @Option(
      names = "--dev",
      required = true,
      description = "Gold JSON Lines whose loss is logged each epoch.")
  Path dev;

  @Option(
      names = "--checkpoints",
      required = true,
      description = "Directory of the checkpoints; a run resumes from the last one found there.")
  Path checkpoints;

  @Option(
      names = "--log",
      description =
          "File the per-epoch lines are appended to (default: training.log in --checkpoints).")
  Path log;

  @Option(
      names = "--encoder",
      defaultValue = "MINILM_L6",
      description = "Pretrained encoder: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Encoder encoder;

  @Option(
      names = "--epochs",
      defaultValue = "4",
      description = "Epochs in all (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--batch",
      defaultValue = "8",
      description = "Windows per step (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--learning-rate",
      defaultValue = "5e-5",
      description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate;

  @Option(
      names = "--window",
      defaultValue = "" + SpanTagger.DEFAULT_WINDOW_PIECES,
      description =
          "WordPieces per training window, [CLS] and [SEP] aside; at most 510; give the same"
              + " to export-tagger (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--seed",
      defaultValue = "12",
      description = "Seed of the order, head and dropout (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!SpanTagger.isWindowLength(window)) {
      throw new ParameterException(
          spec.commandLine(),
          "--window must be between 2 and "
              + SpanTagger.MAX_WINDOW_PIECES
              + " WordPieces (the encoder reads 512 positions), not "
              + window);
    }
    WordPieceTokenizer tokenizer = WordPieceTokenizer.load("tagger-vocab.txt");
    List<Example> train = TaggerExamples.read(gold, tokenizer, window);
    List<Example> held = TaggerExamples.read(dev, tokenizer, window);
    Files.createDirectories(checkpoints);
    Path logFile = log != null ? log : checkpoints.resolve("training.log");
    try (PrintWriter out =
            new PrintWriter(
                Files.newBufferedWriter(
                    logFile,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        NDManager manager = NDManager.newBaseManager("PyTorch")) {
      new TaggerTrainer(
              new TaggerTrainer.Options(encoder, epochs, batch, learningRate, seed),
              new Checkpoints(checkpoints),
              out)
          .train(train, held, manager);
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainTaggerCommand()).execute(args));
  }
}
