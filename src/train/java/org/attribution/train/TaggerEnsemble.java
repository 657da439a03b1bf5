package org.attribution.train;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Joins taggers written by {@link TaggerGraphWriter} into one graph whose {@code tag_scores} are
 * the mean of the members' log-probabilities, so the library runs an ensemble as it runs one model
 * (the decoder normalizes the mean again: the members' probabilities are combined by their
 * geometric mean). Each member's nodes, initializers and values are renamed under {@code m<i>/}; an
 * initializer every member holds alike (the frozen word embeddings) is stored once, and the inputs
 * are shared.
 */
final class TaggerEnsemble {

  private static final String SCORES = "tag_scores";

  private TaggerEnsemble() {}

  static ModelProto join(List<ModelProto> members) {
    if (members.size() == 1) {
      return members.get(0);
    }
    GraphProto first = members.get(0).getGraph();
    Set<String> shared = new HashSet<>();
    first.getInputList().forEach(input -> shared.add(input.getName()));
    shared.addAll(initializersAlike(members));
    GraphProto.Builder graph =
        first.toBuilder().clearNode().clearInitializer().clearValueInfo().clearOutput();
    first.getInitializerList().stream()
        .filter(t -> shared.contains(t.getName()))
        .forEach(graph::addInitializer);
    List<String> memberScores = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      String prefix = "m" + i + "/";
      UnaryOperator<String> rename =
          name -> name.isEmpty() || shared.contains(name) ? name : prefix + name;
      GraphProto member = members.get(i).getGraph();
      for (TensorProto t : member.getInitializerList()) {
        if (!shared.contains(t.getName())) {
          graph.addInitializer(t.toBuilder().setName(rename.apply(t.getName())));
        }
      }
      for (NodeProto node : member.getNodeList()) {
        graph.addNode(renamed(node, rename));
      }
      for (ValueInfoProto value : member.getValueInfoList()) {
        graph.addValueInfo(value.toBuilder().setName(rename.apply(value.getName())));
      }
      String logProbabilities = prefix + "log_probabilities";
      graph.addNode(
          NodeProto.newBuilder()
              .setOpType("LogSoftmax")
              .setName(prefix + "LogSoftmax")
              .addInput(rename.apply(SCORES))
              .addOutput(logProbabilities)
              .addAttribute(
                  AttributeProto.newBuilder()
                      .setName("axis")
                      .setType(AttributeProto.AttributeType.INT)
                      .setI(-1)));
      memberScores.add(logProbabilities);
    }
    graph.addInitializer(
        TensorProto.newBuilder()
            .setName("ensemble.weight")
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addFloatData(1f / members.size()));
    graph.addNode(
        NodeProto.newBuilder()
            .setOpType("Sum")
            .setName("/ensemble/Sum")
            .addAllInput(memberScores)
            .addOutput("/ensemble/Sum_output_0"));
    graph.addNode(
        NodeProto.newBuilder()
            .setOpType("Mul")
            .setName("/ensemble/Mul")
            .addInput("/ensemble/Sum_output_0")
            .addInput("ensemble.weight")
            .addOutput(SCORES));
    graph.addOutput(first.getOutput(0));
    return members.get(0).toBuilder().setGraph(graph).build();
  }

  /** Names of the initializers that every member holds with the same type, shape and values. */
  private static Set<String> initializersAlike(List<ModelProto> members) {
    List<Map<String, TensorProto>> byName = new ArrayList<>();
    for (ModelProto member : members) {
      Map<String, TensorProto> tensors = new HashMap<>();
      member.getGraph().getInitializerList().forEach(t -> tensors.put(t.getName(), t));
      byName.add(tensors);
    }
    Set<String> alike = new HashSet<>();
    for (TensorProto t : members.get(0).getGraph().getInitializerList()) {
      if (byName.stream().allMatch(tensors -> t.equals(tensors.get(t.getName())))) {
        alike.add(t.getName());
      }
    }
    return alike;
  }

  private static NodeProto renamed(NodeProto node, UnaryOperator<String> rename) {
    for (AttributeProto attribute : node.getAttributeList()) {
      if (attribute.hasG() || attribute.getGraphsCount() > 0) {
        throw new IllegalArgumentException(
            "cannot join a graph with subgraphs (node " + node.getName() + ")");
      }
    }
    NodeProto.Builder out = node.toBuilder().setName(rename.apply(node.getName()));
    out.clearInput().clearOutput();
    node.getInputList().forEach(name -> out.addInput(rename.apply(name)));
    node.getOutputList().forEach(name -> out.addOutput(rename.apply(name)));
    return out.build();
  }
}
