package org.attribution.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attribution.batch.OutputTarget;
import org.attribution.cli.ModelsFolder;
import org.attribution.tagger.SpanTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a checkpoint of the tagger as the ONNX model the library runs (build with {@code
 * -Ptrain}).
 */
@Command(
    name = "export-tagger",
    mixinStandardHelpOptions = true,
    description = "Writes a training checkpoint into the encoder's ONNX graph, with the tag layer.")
public final class ExportTaggerCommand implements Callable<Integer> {

  /** The precisions a model can be written in, each from its own pretrained graph. */
  enum Precision {
    INT8,
    FP32
  }

  @Option(
      names = "--encoder",
      defaultValue = "MINILM_L6",
      description =
          "Pretrained encoder the checkpoint was trained from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Encoder encoder;

  @Option(
      names = "--checkpoint",
      required = true,
      arity = "1..*",
      description =
          "A checkpoint written by train-tagger (epoch-NN.ndlist); given several, their weights"
              + " are averaged, or with --ensemble each is a member.")
  List<Path> checkpoints;

  @Option(
      names = "--ensemble",
      description =
          "Write one graph that runs every checkpoint and averages their log-probabilities,"
              + " instead of averaging their weights.")
  boolean ensemble;

  @Option(
      names = "--precision",
      defaultValue = "INT8",
      description = "Weights as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Precision precision;

  @Option(
      names = "--window",
      defaultValue = "" + SpanTagger.DEFAULT_WINDOW_PIECES,
      description =
          "WordPieces per window the checkpoint was trained on (train-tagger's --window),"
              + " written into the model so that it is run on the same (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description =
          "Models folder to write tagger.onnx into, made if missing (--output models replaces the"
              + " bundled one).")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!SpanTagger.isWindowLength(window)) {
      System.err.println(
          "export-tagger: --window must be between 2 and "
              + SpanTagger.MAX_WINDOW_PIECES
              + " WordPieces, not "
              + window
              + "; give the --window the checkpoint was trained with");
      return 2;
    }
    try {
      ModelsFolder.prepare(output, SpanTagger.MODEL);
    } catch (IllegalArgumentException e) {
      System.err.println("export-tagger: " + e.getMessage());
      return 2;
    }
    OutputTarget target;
    try {
      target = OutputTarget.of(output.resolve(SpanTagger.MODEL), checkpoints, path -> false);
    } catch (IllegalArgumentException e) {
      System.err.println("export-tagger: " + e.getMessage());
      return 2;
    }
    List<Map<String, float[]>> members = new ArrayList<>();
    try {
      if (ensemble) {
        for (Path checkpoint : checkpoints) {
          members.add(averageWeights(List.of(checkpoint)));
        }
      } else {
        members.add(averageWeights(checkpoints));
      }
    } catch (IllegalArgumentException e) {
      System.err.println("export-tagger: " + e.getMessage());
      return 2;
    }
    Map<String, String> matMulNames;
    try (InputStream in = ExportTaggerCommand.class.getResourceAsStream(encoder.fp32Graph)) {
      matMulNames = PretrainedWeights.matMulNames(PretrainedWeights.parse(in));
    }
    ModelProto template;
    try (InputStream in =
        ExportTaggerCommand.class.getResourceAsStream(
            precision == Precision.INT8 ? encoder.int8Graph : encoder.fp32Graph)) {
      template = PretrainedWeights.parse(in);
    }
    List<ModelProto> graphs = new ArrayList<>();
    for (Map<String, float[]> weights : members) {
      graphs.add(new TaggerGraphWriter(matMulNames, weights).write(template));
    }
    ModelProto model =
        TaggerEnsemble.join(graphs).toBuilder()
            .addMetadataProps(
                StringStringEntryProto.newBuilder()
                    .setKey(SpanTagger.WINDOW_METADATA)
                    .setValue(String.valueOf(window)))
            .build();
    target.writeAtomically(out -> model.writeTo(out.stream()));
    Path written = output.resolve(SpanTagger.MODEL);
    System.err.printf(
        "wrote %s (%s, %d member%s, %.1f MB)%n",
        written,
        precision,
        graphs.size(),
        graphs.size() == 1 ? "" : "s",
        Files.size(written) / 1e6);
    return 0;
  }

  /**
   * The parameters ({@code p/…} arrays) of the checkpoints, averaged element by element: averaging
   * the last checkpoints of a run smooths the noise of the last steps of each.
   */
  static Map<String, float[]> averageWeights(List<Path> checkpoints) throws java.io.IOException {
    Map<String, float[]> sums = new LinkedHashMap<>();
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      for (Path checkpoint : checkpoints) {
        try (InputStream in = Files.newInputStream(checkpoint)) {
          for (NDArray array : NDList.decode(manager, in)) {
            if (array.getName().startsWith("p/")) {
              float[] values = array.toFloatArray();
              float[] sum =
                  sums.computeIfAbsent(array.getName().substring(2), k -> new float[values.length]);
              if (sum.length != values.length) {
                throw new IllegalArgumentException(
                    checkpoint + " does not hold the same encoder as the first checkpoint");
              }
              for (int i = 0; i < values.length; i++) {
                sum[i] += values[i] / checkpoints.size();
              }
            }
          }
        }
      }
    }
    return sums;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExportTaggerCommand()).execute(args));
  }
}
