package org.attribution.train;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.attribution.tagger.SpanTag;

/**
 * Writes fine-tuned weights into one of the pretrained encoder's ONNX graphs and adds the tag
 * layer, whose output {@code tag_scores [batch, length, 7]} replaces the hidden states. Into the
 * fp32 graph the weights go as they are; into the int8 graph (the one ONNX Runtime's dynamic
 * quantization made) each MatMul weight is quantized again per output column, symmetric int8 (zero
 * point 0), and each embedding table per tensor to uint8 with its own scale and zero point;
 * LayerNorms and biases stay fp32 there too.
 */
final class TaggerGraphWriter {

  private static final String QUANTIZED = "_quantized";

  private final Map<String, String> matMulNames;
  private final Map<String, float[]> weights;

  /**
   * @param matMulNames Hugging Face name of each anonymous MatMul weight ({@code
   *     onnx::MatMul_787}), as the fp32 graph names them; the int8 graph keeps the same base names
   * @param weights the fine-tuned parameters by Hugging Face name, {@code head.weight} and {@code
   *     head.bias} included
   */
  TaggerGraphWriter(Map<String, String> matMulNames, Map<String, float[]> weights) {
    this.matMulNames = matMulNames;
    this.weights = weights;
  }

  ModelProto write(ModelProto template) {
    GraphProto.Builder graph = template.getGraph().toBuilder();
    Map<String, TensorProto> byName = new java.util.HashMap<>();
    graph.getInitializerList().forEach(t -> byName.put(t.getName(), t));
    for (int i = 0; i < graph.getInitializerCount(); i++) {
      TensorProto t = graph.getInitializer(i);
      String name = t.getName();
      if (t.getDataType() == TensorProto.DataType.FLOAT_VALUE
          && weights.containsKey(hfName(name))) {
        graph.setInitializer(i, floats(t, weights.get(hfName(name))));
      } else if (name.endsWith(QUANTIZED)) {
        String base = name.substring(0, name.length() - QUANTIZED.length());
        float[] w = weights.get(hfName(base));
        if (w == null || hfName(base).equals(BertTagger.WORD_EMBEDDINGS)) {
          continue;
        }
        if (t.getDataType() == TensorProto.DataType.INT8_VALUE) {
          quantizePerColumn(graph, byName, base, t, w);
        } else {
          quantizePerTensor(graph, byName, base, t, w);
        }
      }
    }
    addHead(graph);
    return template.toBuilder().setGraph(graph).build();
  }

  private String hfName(String initializer) {
    return matMulNames.getOrDefault(initializer, initializer);
  }

  /** Symmetric int8 per output column, as the template's MatMulInteger expects. */
  private static void quantizePerColumn(
      GraphProto.Builder graph,
      Map<String, TensorProto> byName,
      String base,
      TensorProto quantized,
      float[] w) {
    int rows = (int) quantized.getDims(0);
    int columns = (int) quantized.getDims(1);
    float[] scales = new float[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        scales[c] = Math.max(scales[c], Math.abs(w[r * columns + c]) / 127f);
      }
    }
    byte[] q = new byte[w.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        float scale = scales[c] == 0 ? 1 : scales[c];
        q[r * columns + c] =
            (byte) Math.max(-127, Math.min(127, Math.round(w[r * columns + c] / scale)));
      }
    }
    replace(
        graph, quantized.toBuilder().clearInt32Data().setRawData(ByteString.copyFrom(q)).build());
    replace(graph, floats(byName.get(base + "_scale"), scales));
    replace(
        graph,
        byName.get(base + "_zero_point").toBuilder()
            .clearInt32Data()
            .setRawData(ByteString.copyFrom(new byte[columns]))
            .build());
  }

  /** Asymmetric uint8 over the whole tensor, as the template's embedding lookups expect. */
  private static void quantizePerTensor(
      GraphProto.Builder graph,
      Map<String, TensorProto> byName,
      String base,
      TensorProto quantized,
      float[] w) {
    float min = 0;
    float max = 0;
    for (float v : w) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    float scale = (max - min) / 255f;
    int zeroPoint = Math.round(-min / scale);
    byte[] q = new byte[w.length];
    for (int i = 0; i < w.length; i++) {
      q[i] = (byte) Math.max(0, Math.min(255, Math.round(w[i] / scale) + zeroPoint));
    }
    replace(
        graph, quantized.toBuilder().clearInt32Data().setRawData(ByteString.copyFrom(q)).build());
    replace(graph, floats(byName.get(base + "_scale"), new float[] {scale}));
    replace(
        graph,
        byName.get(base + "_zero_point").toBuilder()
            .clearInt32Data()
            .setRawData(ByteString.copyFrom(new byte[] {(byte) zeroPoint}))
            .build());
  }

  private static void replace(GraphProto.Builder graph, TensorProto tensor) {
    for (int i = 0; i < graph.getInitializerCount(); i++) {
      if (graph.getInitializer(i).getName().equals(tensor.getName())) {
        graph.setInitializer(i, tensor);
        return;
      }
    }
    throw new IllegalStateException("the graph has no initializer " + tensor.getName());
  }

  private static TensorProto floats(TensorProto like, float[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(values);
    return like.toBuilder().clearFloatData().setRawData(ByteString.copyFrom(bytes.array())).build();
  }

  /** {@code tag_scores = last_hidden_state · head.weight + head.bias}, the graph's one output. */
  private void addHead(GraphProto.Builder graph) {
    String hidden = graph.getOutput(0).getName();
    graph.addInitializer(tensor("head.weight", weights.get("head.weight"), 384, SpanTag.COUNT));
    graph.addInitializer(tensor("head.bias", weights.get("head.bias"), SpanTag.COUNT));
    graph.addNode(
        NodeProto.newBuilder()
            .setOpType("MatMul")
            .setName("/head/MatMul")
            .addInput(hidden)
            .addInput("head.weight")
            .addOutput("/head/MatMul_output_0"));
    graph.addNode(
        NodeProto.newBuilder()
            .setOpType("Add")
            .setName("/head/Add")
            .addInput("/head/MatMul_output_0")
            .addInput("head.bias")
            .addOutput("tag_scores"));
    TensorShapeProto.Builder shape =
        TensorShapeProto.newBuilder()
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch_size"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("sequence_length"))
            .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(SpanTag.COUNT));
    graph
        .clearOutput()
        .addOutput(
            ValueInfoProto.newBuilder()
                .setName("tag_scores")
                .setType(
                    TypeProto.newBuilder()
                        .setTensorType(
                            TypeProto.Tensor.newBuilder()
                                .setElemType(TensorProto.DataType.FLOAT_VALUE)
                                .setShape(shape))));
  }

  private static TensorProto tensor(String name, float[] values, long... dims) {
    TensorProto.Builder t =
        TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
    for (long d : dims) {
      t.addDims(d);
    }
    return floats(t.build(), values);
  }
}
