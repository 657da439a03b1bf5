package org.attribution.tagger;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attribution.internal.BundledModels;
import org.attribution.internal.Interrupts;

/**
 * The learned tagger: a fine-tuned MiniLM encoder (run by ONNX Runtime) scores the seven {@link
 * SpanTag}s of every WordPiece, windows as {@link TokenWindows} cuts them, and a {@link TagDecoder}
 * turns the scores into valid BIO tags and those into spans of sources, cues and content parts.
 *
 * <pre>{@code
 * SpanTagger tagger = SpanTagger.bundled();
 * List<TaggedSpan> spans = tagger.tag("The senator said the bill would pass.");
 * }</pre>
 *
 * <p>Thread-safe: ONNX Runtime sessions take concurrent runs. Holds native memory until closed; the
 * bundled tagger lives as long as the class.
 */
public final class SpanTagger implements AutoCloseable {

  /**
   * The model under {@code /org/attribution/models}: the encoder and its tag layer, weights in
   * int8.
   */
  public static final String MODEL = "tagger.onnx";

  /** The encoder's vocabulary under {@code /org/attribution/models}. */
  public static final String VOCABULARY = "tagger-vocab.txt";

  /** The CRF transition scores under {@code /org/attribution/models}. */
  public static final String TRANSITIONS = "tagger-transitions.tsv";

  private static final String SCORES = "tag_scores";
  private static final List<String> INPUTS =
      List.of("input_ids", "attention_mask", "token_type_ids");

  /**
   * Key of the model's metadata that gives the WordPieces per window it was trained on, {@code
   * [CLS]} and {@code [SEP]} aside; the exporter writes it.
   */
  public static final String WINDOW_METADATA = "window_pieces";

  /** WordPieces per window of a model whose metadata does not say: 256 positions in all. */
  public static final int DEFAULT_WINDOW_PIECES = 254;

  /** Most WordPieces a window can hold: the encoder reads 512 positions. */
  public static final int MAX_WINDOW_PIECES = 510;

  /** True for a window length the encoder can read: 2 to {@value #MAX_WINDOW_PIECES} pieces. */
  public static boolean isWindowLength(int pieces) {
    return pieces >= 2 && pieces <= MAX_WINDOW_PIECES;
  }

  /**
   * Fewest characters of text a window must own per piece it encodes. The encoder's cost is per
   * piece, and news gives 4.7 characters per piece (2.07 in its densest window of PolNeAR's train
   * and dev splits), but runs of marks, slashes, one-letter words or binary garbage give one or
   * two, and a paragraph longer than a window is read twice (windows overlap by half): {@code
   * "a"a"a…} cost 2,600 characters per CPU-second against news' 20,000. A denser window is not
   * encoded, its pieces outside any span, so no text costs the encoder more than about three times
   * what news does per character.
   */
  static final double MIN_CHARS_PER_PIECE = 1.5;

  /** Smallest window the density rule applies to: a short paragraph may be a lone dash or mark. */
  static final int MIN_DENSE_WINDOW = 64;

  /** The scores of a piece that is outside any span for certain. */
  private static final float[] OUTSIDE = outside();

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final TagDecoder decoder;
  private final int windowPieces;

  private SpanTagger(
      OrtSession session, WordPieceTokenizer tokenizer, TagDecoder decoder, int windowPieces) {
    this.environment = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.decoder = decoder;
    this.windowPieces = windowPieces;
  }

  /**
   * Loads the model shipped under {@code /org/attribution/models}; it runs each text on the calling
   * thread.
   */
  public static SpanTagger bundled() {
    try (InputStream model = BundledModels.open(MODEL);
        InputStream transitions = BundledModels.open(TRANSITIONS)) {
      if (model == null) {
        throw new IllegalStateException(
            "the model " + BundledModels.path(MODEL) + " is not on the classpath");
      }
      TagDecoder decoder =
          transitions == null ? TagDecoder.constrained() : TagDecoder.read(transitions);
      return of(model.readAllBytes(), WordPieceTokenizer.load(VOCABULARY), decoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads {@value #MODEL} from {@code folder}, with the {@value #TRANSITIONS} fitted for it beside
   * it, as the training commands write them; the vocabulary is the bundled one, which every encoder
   * the trainer starts from shares.
   *
   * @throws IllegalArgumentException naming the file, when either cannot be read or is not what it
   *     should be
   */
  public static SpanTagger inFolder(Path folder) {
    Path transitions = folder.resolve(TRANSITIONS);
    TagDecoder decoder;
    try (InputStream in = Files.newInputStream(transitions)) {
      decoder = TagDecoder.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          transitions + " is not a file of tag transitions: " + firstLine(e), e);
    }
    Path model = folder.resolve(MODEL);
    try {
      return of(Files.readAllBytes(model), WordPieceTokenizer.load(VOCABULARY), decoder);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(model + " is not a tagger model: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /** A tagger over an ONNX model (inputs as BERT's, output {@code tag_scores [1, T, 7]}). */
  public static SpanTagger of(byte[] model, WordPieceTokenizer tokenizer, TagDecoder decoder) {
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = OrtEnvironment.getEnvironment().createSession(model, options);
      if (!session.getOutputNames().contains(SCORES)
          || !session.getInputNames().containsAll(INPUTS)) {
        session.close();
        throw new IllegalStateException(
            "cannot load the tagger model: it needs the inputs "
                + INPUTS
                + " and the output "
                + SCORES);
      }
      return new SpanTagger(session, tokenizer, decoder, windowPieces(session));
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the tagger model: " + e.getMessage(), e);
    }
  }

  /**
   * The window the model was trained on, from its {@value #WINDOW_METADATA} metadata: a model reads
   * positions past those it was fine-tuned on poorly, so it is run on windows of the same length.
   */
  private static int windowPieces(OrtSession session) throws OrtException {
    String value =
        session
            .getMetadata()
            .getCustomMetadataValue(WINDOW_METADATA)
            .orElse(String.valueOf(DEFAULT_WINDOW_PIECES));
    try {
      int pieces = Integer.parseInt(value.strip());
      if (isWindowLength(pieces)) {
        return pieces;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    session.close();
    throw new IllegalStateException(
        "cannot load the tagger model: its "
            + WINDOW_METADATA
            + " is "
            + value
            + ", not a number of WordPieces from 2 to "
            + MAX_WINDOW_PIECES);
  }

  /** WordPieces per window this tagger reads, {@code [CLS]} and {@code [SEP]} aside. */
  public int windowPieces() {
    return windowPieces;
  }

  /** The sources, cues and content parts of {@code text}, in text order. */
  public List<TaggedSpan> tag(String text) {
    List<WordPiece> pieces = tokenizer.tokenize(text);
    float[][] scores = scores(text, pieces);
    return TagDecoder.spans(pieces, decoder.decode(scores), scores);
  }

  /**
   * The log-probability of each tag for each of the text's pieces; the pieces of a window too dense
   * to be prose (see {@link #MIN_CHARS_PER_PIECE}) are outside any span for certain.
   */
  public float[][] scores(String text, List<WordPiece> pieces) {
    float[][] scores = new float[pieces.size()][];
    for (TokenWindow window : TokenWindows.of(text, pieces, windowPieces)) {
      Interrupts.check();
      if (isTooDense(pieces, window)) {
        for (int i = window.ownBegin(); i < window.ownEnd(); i++) {
          scores[i] = OUTSIDE.clone();
        }
        continue;
      }
      float[][] windowScores = run(tokenizer.inputIds(pieces, window));
      for (int i = window.ownBegin(); i < window.ownEnd(); i++) {
        scores[i] = logSoftmax(windowScores[i - window.begin() + 1]);
      }
    }
    return scores;
  }

  /**
   * True when the encoder would read fewer than {@link #MIN_CHARS_PER_PIECE} characters of the text
   * that the window owns for each piece of the window, in a window of at least {@link
   * #MIN_DENSE_WINDOW} pieces.
   */
  private static boolean isTooDense(List<WordPiece> pieces, TokenWindow window) {
    if (window.length() < MIN_DENSE_WINDOW) {
      return false;
    }
    int owned = pieces.get(window.ownEnd() - 1).end() - pieces.get(window.ownBegin()).begin();
    return owned < MIN_CHARS_PER_PIECE * window.length();
  }

  private float[][] run(long[] ids) {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor types =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result =
            session.run(
                Map.of(INPUTS.get(0), inputIds, INPUTS.get(1), attention, INPUTS.get(2), types))) {
      return ((float[][][]) result.get(0).getValue())[0];
    } catch (OrtException e) {
      throw new IllegalStateException("the tagger model failed: " + e.getMessage(), e);
    }
  }

  private static float[] outside() {
    float[] scores = new float[SpanTag.COUNT];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    scores[SpanTag.O.ordinal()] = 0;
    return scores;
  }

  private static float[] logSoftmax(float[] scores) {
    float max = Float.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (float s : scores) {
      sum += Math.exp(s - max);
    }
    float logSum = (float) (max + Math.log(sum));
    float[] out = new float[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = scores[i] - logSum;
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
