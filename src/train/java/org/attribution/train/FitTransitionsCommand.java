package org.attribution.train;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attribution.cli.ModelsFolder;
import org.attribution.tagger.GoldTags;
import org.attribution.tagger.SpanTag;
import org.attribution.tagger.SpanTagger;
import org.attribution.tagger.TagDecoder;
import org.attribution.tagger.WordPiece;
import org.attribution.tagger.WordPieceTokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fits CRF transition scores over an exported model's scores of gold text (build with {@code
 * -Ptrain}).
 */
@Command(
    name = "fit-transitions",
    mixinStandardHelpOptions = true,
    description = "Fits the tagger's CRF transition scores on gold JSON Lines, the encoder frozen.")
public final class FitTransitionsCommand implements Callable<Integer> {

  @Option(
      names = "--models",
      required = true,
      paramLabel = "DIR",
      description =
          "Models folder holding the exported tagger.onnx; tagger-transitions.tsv is written beside"
              + " it.")
  Path models;

  @Option(
      names = "--gold",
      required = true,
      description = "Gold JSON Lines to fit on (the training split).")
  Path gold;

  @Option(
      names = "--passes",
      defaultValue = "40",
      description = "Gradient passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @Override
  public Integer call() throws Exception {
    Path model = models.resolve(SpanTagger.MODEL);
    Path output = models.resolve(SpanTagger.TRANSITIONS);
    try {
      if (!Files.isRegularFile(model)) {
        throw new IllegalArgumentException(
            model + " not found: export the tagger into " + models + " first");
      }
      ModelsFolder.prepare(models, SpanTagger.TRANSITIONS);
    } catch (IllegalArgumentException e) {
      System.err.println("fit-transitions: " + e.getMessage());
      return 2;
    }
    WordPieceTokenizer tokenizer = WordPieceTokenizer.load(SpanTagger.VOCABULARY);
    List<TransitionFitter.Sequence> sequences = new ArrayList<>();
    try (SpanTagger tagger =
        SpanTagger.of(Files.readAllBytes(model), tokenizer, TagDecoder.constrained())) {
      for (GoldDocuments document : GoldDocuments.read(gold)) {
        List<WordPiece> pieces = tokenizer.tokenize(document.text());
        SpanTag[] tags = GoldTags.of(pieces, document.attributions());
        int[] gold = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
          gold[i] = tags[i].ordinal();
        }
        sequences.add(new TransitionFitter.Sequence(tagger.scores(document.text(), pieces), gold));
      }
    }
    double[][] transitions = TransitionFitter.fit(sequences, passes, 0.1);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      out.println(
          "# CRF transition scores of the learned tagger: row = previous tag, column = next tag,");
      out.println(
          "# both in the order O B-SOURCE I-SOURCE B-CUE I-CUE B-CONTENT I-CONTENT. Fit on the");
      out.println(
          "# training split with the encoder frozen: scripts/train-tagger.sh (docs/models.md).");
      for (double[] row : transitions) {
        StringBuilder line = new StringBuilder();
        for (double v : row) {
          line.append(line.length() == 0 ? "" : "\t")
              .append(String.format(java.util.Locale.ROOT, "%.4f", v));
        }
        out.println(line);
      }
    }
    System.err.println("wrote " + output);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new FitTransitionsCommand()).execute(args));
  }
}
