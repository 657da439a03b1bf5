package org.attribution.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attribution.tagger.SpanTag;

/**
 * BERT written out over DJL arrays (DJL's own {@code BertBlock} normalizes with BatchNorm and so
 * cannot take these weights), with a linear layer over the last hidden states that scores each
 * {@link SpanTag}. The parameters keep Hugging Face's names, so that they go back into the ONNX
 * graph by name. The word embeddings stay frozen: they hold two thirds of the parameters, and
 * freezing them makes a step faster and keeps the shipped model's vocabulary the pretrained one.
 *
 * <p>Not thread-safe: one training loop owns it.
 */
final class BertTagger {

  static final String WORD_EMBEDDINGS = "embeddings.word_embeddings.weight";
  private static final int HIDDEN = 384;
  private static final int HEADS = 12;
  private static final float DROPOUT = 0.1f;

  private final Map<String, NDArray> parameters;
  private final int layers;

  private BertTagger(Map<String, NDArray> parameters) {
    this.parameters = parameters;
    this.layers =
        (int)
            parameters.keySet().stream()
                .filter(k -> k.endsWith("attention.self.query.weight"))
                .count();
  }

  /** The pretrained encoder with a new head, initialized with a seeded normal (sd 0.02). */
  static BertTagger pretrained(PretrainedWeights weights, NDManager manager) {
    Map<String, NDArray> parameters = new LinkedHashMap<>();
    weights
        .values()
        .forEach(
            (name, values) ->
                parameters.put(name, manager.create(values, new Shape(weights.shape(name)))));
    parameters.put(
        "head.weight",
        manager.randomNormal(0, 0.02f, new Shape(HIDDEN, SpanTag.COUNT), DataType.FLOAT32));
    parameters.put("head.bias", manager.zeros(new Shape(SpanTag.COUNT)));
    return withGradients(parameters);
  }

  /** A tagger over parameters restored from a checkpoint. */
  static BertTagger of(Map<String, NDArray> parameters) {
    return withGradients(new LinkedHashMap<>(parameters));
  }

  private static BertTagger withGradients(Map<String, NDArray> parameters) {
    parameters.forEach(
        (name, p) -> {
          p.setName(name);
          if (!name.equals(WORD_EMBEDDINGS)) {
            p.setRequiresGradient(true);
          }
        });
    return new BertTagger(parameters);
  }

  /** All parameters by name, the frozen word embeddings included. */
  Map<String, NDArray> parameters() {
    return parameters;
  }

  /**
   * Tag scores {@code [B, T, tags]} for WordPiece ids {@code [B, T]} (int64) whose real pieces
   * {@code mask} marks with 1 (float32, 0 for padding).
   */
  NDArray forward(NDArray ids, NDArray mask, boolean training) {
    long batch = ids.getShape().get(0);
    long length = ids.getShape().get(1);
    int headSize = HIDDEN / HEADS;
    NDArray x =
        p(WORD_EMBEDDINGS)
            .get(ids)
            .add(p("embeddings.position_embeddings.weight").get(new NDIndex("0:" + length)))
            .add(p("embeddings.token_type_embeddings.weight").get(new NDIndex("0")));
    x = dropout(layerNorm(x, "embeddings.LayerNorm"), training);
    NDArray maskBias = mask.sub(1f).mul(10000f).reshape(batch, 1, 1, length);
    for (int l = 0; l < layers; l++) {
      String layer = "encoder.layer." + l + ".";
      NDArray q = heads(dense(x, layer + "attention.self.query"), batch, length, headSize);
      NDArray k = heads(dense(x, layer + "attention.self.key"), batch, length, headSize);
      NDArray v = heads(dense(x, layer + "attention.self.value"), batch, length, headSize);
      NDArray attention =
          q.matMul(k.transpose(0, 1, 3, 2))
              .div((float) Math.sqrt(headSize))
              .add(maskBias)
              .softmax(-1);
      NDArray context = attention.matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, HIDDEN);
      NDArray attended = dropout(dense(context, layer + "attention.output.dense"), training);
      x = layerNorm(x.add(attended), layer + "attention.output.LayerNorm");
      NDArray inner = Activation.gelu(dense(x, layer + "intermediate.dense"));
      NDArray out = dropout(dense(inner, layer + "output.dense"), training);
      x = layerNorm(x.add(out), layer + "output.LayerNorm");
    }
    return dense(dropout(x, training), "head");
  }

  private NDArray p(String name) {
    NDArray value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("the encoder has no parameter " + name);
    }
    return value;
  }

  private NDArray dense(NDArray x, String name) {
    return x.matMul(p(name + ".weight")).add(p(name + ".bias"));
  }

  private static NDArray heads(NDArray x, long batch, long length, int headSize) {
    return x.reshape(batch, length, HEADS, headSize).transpose(0, 2, 1, 3);
  }

  private NDArray layerNorm(NDArray x, String name) {
    NDArray centered = x.sub(x.mean(new int[] {-1}, true));
    NDArray deviation = centered.square().mean(new int[] {-1}, true).add(1e-12f).sqrt();
    return centered.div(deviation).mul(p(name + ".weight")).add(p(name + ".bias"));
  }

  private static NDArray dropout(NDArray x, boolean training) {
    return training ? Dropout.dropout(x, DROPOUT, true).singletonOrThrow() : x;
  }
}
