package org.attribution.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attribution.tagger.SpanTag;
import org.attribution.train.TaggerExamples.Example;

/**
 * Fine-tunes a {@link BertTagger} with softmax cross-entropy and Adam: learning rate warmed up over
 * the first 6% of steps, then decayed linearly to 0 at the last epoch, and gradients scaled down to
 * a global norm of at most 1 (without it e5-small-v2's loss went to NaN at step 330 of the first
 * epoch; with it, the run lasted into its third epoch, so keep the checkpoints). Each epoch visits
 * the windows in an order drawn from the seed and the epoch number (windows of like length batched
 * together, to pad little), then saves a checkpoint and logs a line; a run resumed from the
 * checkpoint of epoch {@code n} continues exactly as the run would have from there.
 *
 * <p>Not thread-safe.
 */
final class TaggerTrainer {

  /** Options of a run. */
  record Options(Encoder encoder, int epochs, int batchSize, float learningRate, long seed) {}

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;
  private static final double WARMUP = 0.06;
  private static final double MAX_GRADIENT_NORM = 1.0;

  private final Options options;
  private final Checkpoints checkpoints;
  private final PrintWriter log;

  TaggerTrainer(Options options, Checkpoints checkpoints, PrintWriter log) {
    this.options = options;
    this.checkpoints = checkpoints;
    this.log = log;
  }

  void train(List<Example> train, List<Example> dev, NDManager manager) throws IOException {
    int start = 0;
    long step = 0;
    BertTagger tagger;
    Map<String, NDArray> first = new LinkedHashMap<>();
    Map<String, NDArray> second = new LinkedHashMap<>();
    var latest = checkpoints.latestEpoch();
    if (latest.isPresent()) {
      Checkpoints.State state = checkpoints.load(latest.get(), manager);
      Map<String, NDArray> parameters = new LinkedHashMap<>();
      state
          .arrays()
          .forEach(
              (name, array) -> {
                String key = name.substring(2);
                switch (name.charAt(0)) {
                  case 'p' -> parameters.put(key, array);
                  case 'm' -> first.put(key, array);
                  default -> second.put(key, array);
                }
              });
      tagger = BertTagger.of(parameters);
      start = state.epoch();
      step = state.step();
      log("resumed from " + checkpoints.file(start, ".ndlist") + " at step " + step);
    } else {
      tagger = BertTagger.pretrained(PretrainedWeights.load(options.encoder().fp32Graph), manager);
      tagger
          .parameters()
          .forEach(
              (name, p) -> {
                if (p.hasGradient()) {
                  first.put(name, manager.zeros(p.getShape()));
                  second.put(name, manager.zeros(p.getShape()));
                }
              });
    }
    long stepsPerEpoch = batches(train, 0).size();
    long totalSteps = stepsPerEpoch * options.epochs();
    log(
        String.format(
            "%d training windows, %d steps an epoch, %d epochs, %d dev windows",
            train.size(), stepsPerEpoch, options.epochs(), dev.size()));
    for (int epoch = start; epoch < options.epochs(); epoch++) {
      Engine.getInstance().setRandomSeed((int) options.seed() + epoch);
      long began = System.nanoTime();
      double lossSum = 0;
      long pieces = 0;
      int skipped = 0;
      List<List<Example>> batches = batches(train, epoch);
      for (int b = 0; b < batches.size(); b++) {
        step++;
        float rate = rate(step, totalSteps);
        try (NDManager sub = manager.newSubManager()) {
          tagger.parameters().values().forEach(p -> p.tempAttach(sub));
          first.values().forEach(m -> m.tempAttach(sub));
          second.values().forEach(v -> v.tempAttach(sub));
          float loss;
          try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray value = loss(tagger, batches.get(b), sub, true);
            collector.backward(value);
            loss = value.getFloat();
          }
          if (Float.isFinite(loss) && update(tagger, first, second, step, rate)) {
            lossSum += loss;
          } else {
            clearGradients(tagger);
            skipped++;
            log(String.format("step %d: loss or gradient not finite, update skipped", step));
          }
        }
        pieces += batches.get(b).stream().mapToLong(e -> e.ids().length).sum();
        if (b % 50 == 49) {
          double seconds = (System.nanoTime() - began) / 1e9;
          System.out.printf(
              "epoch %d batch %d/%d loss %.4f %.0f pieces/s%n",
              epoch + 1, b + 1, batches.size(), lossSum / (b + 1 - skipped), pieces / seconds);
        }
      }
      double minutes = (System.nanoTime() - began) / 6e10;
      Map<String, NDArray> state = new LinkedHashMap<>();
      tagger.parameters().forEach((name, p) -> state.put("p/" + name, p));
      first.forEach((name, m) -> state.put("m/" + name, m));
      second.forEach((name, v) -> state.put("v/" + name, v));
      checkpoints.save(epoch + 1, step, state);
      double devLoss = devLoss(tagger, dev, manager);
      log(
          String.format(
              "epoch %d: train loss %.4f, dev loss %.4f, %.1f min, %.0f pieces/s, step %d, saved %s",
              epoch + 1,
              lossSum / Math.max(1, batches.size() - skipped),
              devLoss,
              minutes,
              pieces / (minutes * 60),
              step,
              checkpoints.file(epoch + 1, ".ndlist")));
    }
  }

  /** Mean cross-entropy of the batch's tagged positions. */
  private static NDArray loss(
      BertTagger tagger, List<Example> batch, NDManager manager, boolean training) {
    int length = batch.stream().mapToInt(e -> e.ids().length).max().orElseThrow();
    long[] ids = new long[batch.size() * length];
    float[] mask = new float[ids.length];
    float[] target = new float[ids.length * SpanTag.COUNT];
    int tagged = 0;
    for (int row = 0; row < batch.size(); row++) {
      Example e = batch.get(row);
      for (int t = 0; t < e.ids().length; t++) {
        int at = row * length + t;
        ids[at] = e.ids()[t];
        mask[at] = 1f;
        if (e.labels()[t] != TaggerExamples.IGNORED) {
          target[at * SpanTag.COUNT + e.labels()[t]] = 1f;
          tagged++;
        }
      }
    }
    Shape shape = new Shape(batch.size(), length);
    NDArray scores =
        tagger.forward(manager.create(ids, shape), manager.create(mask, shape), training);
    NDArray logProbabilities = scores.logSoftmax(-1);
    NDArray targets = manager.create(target, new Shape(batch.size(), length, SpanTag.COUNT));
    return logProbabilities.mul(targets).sum().neg().div((float) Math.max(1, tagged));
  }

  private static double devLoss(BertTagger tagger, List<Example> dev, NDManager manager) {
    double sum = 0;
    int batches = 0;
    for (int i = 0; i < dev.size(); i += 8) {
      try (NDManager sub = manager.newSubManager()) {
        tagger.parameters().values().forEach(p -> p.tempAttach(sub));
        sum += loss(tagger, dev.subList(i, Math.min(dev.size(), i + 8)), sub, false).getFloat();
        batches++;
      }
    }
    return sum / Math.max(1, batches);
  }

  /**
   * One Adam step over every trainable parameter, then the gradients cleared; false, with nothing
   * changed, when the gradients' norm is not finite (one such step would turn every weight to NaN,
   * as it did in the third epoch of a run before this check).
   */
  private static boolean update(
      BertTagger tagger,
      Map<String, NDArray> first,
      Map<String, NDArray> second,
      long step,
      float rate) {
    double correction1 = 1 - Math.pow(BETA1, step);
    double correction2 = 1 - Math.pow(BETA2, step);
    float stepSize = (float) (rate * Math.sqrt(correction2) / correction1);
    double norm = gradientNorm(tagger);
    if (!Double.isFinite(norm)) {
      return false;
    }
    float clip = norm > MAX_GRADIENT_NORM ? (float) (MAX_GRADIENT_NORM / norm) : 1f;
    tagger
        .parameters()
        .forEach(
            (name, p) -> {
              if (!p.hasGradient()) {
                return;
              }
              NDArray gradient = p.getGradient().muli(clip);
              NDArray m = first.get(name);
              NDArray v = second.get(name);
              m.muli(BETA1).addi(gradient.mul(1 - BETA1));
              v.muli(BETA2).addi(gradient.square().muli(1 - BETA2));
              p.subi(m.div(v.sqrt().addi(EPSILON)).muli(stepSize));
              gradient.subi(gradient);
            });
    return true;
  }

  /** Zeros every gradient by copying, since NaN minus or times anything stays NaN. */
  private static void clearGradients(BertTagger tagger) {
    for (NDArray p : tagger.parameters().values()) {
      if (p.hasGradient()) {
        p.getGradient().set(new float[Math.toIntExact(p.size())]);
      }
    }
  }

  /** The global norm of all gradients. */
  private static double gradientNorm(BertTagger tagger) {
    double squares = 0;
    for (NDArray p : tagger.parameters().values()) {
      if (p.hasGradient()) {
        squares += p.getGradient().square().sum().getFloat();
      }
    }
    return Math.sqrt(squares);
  }

  private float rate(long step, long totalSteps) {
    long warmup = Math.max(1, (long) (totalSteps * WARMUP));
    double factor =
        step < warmup
            ? (double) step / warmup
            : Math.max(0, (double) (totalSteps - step) / Math.max(1, totalSteps - warmup));
    return (float) (options.learningRate() * factor);
  }

  /** The epoch's batches: windows shuffled by the seed, sorted by length in runs of 32 batches. */
  private List<List<Example>> batches(List<Example> examples, int epoch) {
    Random random = new Random(options.seed() * 1000 + epoch);
    List<Example> order = new ArrayList<>(examples);
    Collections.shuffle(order, random);
    int run = options.batchSize() * 32;
    List<List<Example>> batches = new ArrayList<>();
    for (int i = 0; i < order.size(); i += run) {
      List<Example> chunk = new ArrayList<>(order.subList(i, Math.min(order.size(), i + run)));
      chunk.sort(Comparator.comparingInt(e -> e.ids().length));
      for (int j = 0; j < chunk.size(); j += options.batchSize()) {
        batches.add(chunk.subList(j, Math.min(chunk.size(), j + options.batchSize())));
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }

  private void log(String line) {
    System.out.println(line);
    log.println(java.time.Instant.now() + " " + line);
    log.flush();
  }
}
