package org.attribution.train;

/**
 * The pretrained encoders the tagger can be fine-tuned from: BERT-style, uncased, with the same
 * 30,522-entry vocabulary, each shipped by a LangChain4j artifact of the train profile as an fp32
 * ONNX graph and an int8 one.
 */
enum Encoder {
  /** all-MiniLM-L6-v2 (Apache-2.0): 6 layers, 22.6 M parameters. */
  MINILM_L6("/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-q.onnx"),
  /** e5-small-v2 (MIT): 12 layers, 33.2 M parameters. */
  E5_SMALL_V2("/e5-small-v2.onnx", "/e5-small-v2-q.onnx"),
  /** bge-small-en-v1.5 (MIT): 12 layers, 33.4 M parameters. */
  BGE_SMALL_EN_V15("/bge-small-en-v1.5.onnx", "/bge-small-en-v1.5-q.onnx");

  final String fp32Graph;
  final String int8Graph;

  Encoder(String fp32Graph, String int8Graph) {
    this.fp32Graph = fp32Graph;
    this.int8Graph = int8Graph;
  }
}
