package org.attribution.train;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.CodedInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The float weights of a BERT encoder read from its ONNX graph, under Hugging Face's names. The
 * graph names biases and LayerNorms that way already; its MatMul weights are anonymous ({@code
 * onnx::MatMul_787}) and take the name of the layer that consumes them ({@code
 * encoder.layer.0.attention.self.query.weight}, shape {@code [in, out]}).
 *
 * <p>Immutable once read; not shared between threads.
 */
final class PretrainedWeights {

  private final Map<String, float[]> values;
  private final Map<String, long[]> shapes;

  private PretrainedWeights(Map<String, float[]> values, Map<String, long[]> shapes) {
    this.values = values;
    this.shapes = shapes;
  }

  /** Reads the fp32 graph from the classpath. */
  static PretrainedWeights load(String resource) {
    try (InputStream in = PretrainedWeights.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath: build with -Ptrain");
      }
      return read(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelProto parse(InputStream in) throws IOException {
    CodedInputStream coded = CodedInputStream.newInstance(new BufferedInputStream(in));
    coded.setSizeLimit(Integer.MAX_VALUE);
    return ModelProto.parseFrom(coded);
  }

  /** Hugging Face name of each MatMul weight of the graph, by initializer name. */
  static Map<String, String> matMulNames(ModelProto model) {
    Map<String, String> names = new LinkedHashMap<>();
    for (NodeProto node : model.getGraph().getNodeList()) {
      String layer = node.getName();
      if (layer.endsWith("/MatMul") && node.getInputCount() == 2) {
        String name =
            layer.substring(1, layer.length() - "/MatMul".length()).replace('/', '.') + ".weight";
        names.put(node.getInput(1), name);
      }
    }
    return names;
  }

  private static PretrainedWeights read(ModelProto model) {
    Map<String, String> matMuls = matMulNames(model);
    Map<String, float[]> values = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    for (TensorProto t : model.getGraph().getInitializerList()) {
      if (t.getDataType() != TensorProto.DataType.FLOAT_VALUE || t.getDimsCount() == 0) {
        continue;
      }
      String name = matMuls.getOrDefault(t.getName(), t.getName());
      values.put(name, floats(t));
      shapes.put(name, t.getDimsList().stream().mapToLong(Long::longValue).toArray());
    }
    return new PretrainedWeights(values, shapes);
  }

  static float[] floats(TensorProto t) {
    if (!t.getRawData().isEmpty()) {
      FloatBuffer buffer =
          t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
      float[] out = new float[buffer.remaining()];
      buffer.get(out);
      return out;
    }
    float[] out = new float[t.getFloatDataCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.getFloatData(i);
    }
    return out;
  }

  Map<String, float[]> values() {
    return values;
  }

  long[] shape(String name) {
    return shapes.get(name);
  }
}
