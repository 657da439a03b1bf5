package org.attribution.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attribution.tagger.GoldTags;
import org.attribution.tagger.SpanTag;
import org.attribution.tagger.TokenWindow;
import org.attribution.tagger.TokenWindows;
import org.attribution.tagger.WordPiece;
import org.attribution.tagger.WordPieceTokenizer;

/**
 * The training windows of a gold JSON Lines file: each document tokenized, tagged from its
 * attributions ({@link GoldTags}) and cut into windows ({@link TokenWindows}) exactly as the tagger
 * will cut text it reads.
 */
final class TaggerExamples {

  /** Label of positions that carry no tag ({@code [CLS]}, {@code [SEP]}, padding). */
  static final int IGNORED = -1;

  /** One window: encoder input ids and the tag index of each position. */
  record Example(long[] ids, int[] labels) {}

  private TaggerExamples() {}

  /**
   * The windows of every document in {@code gold}, each at most {@code windowPieces} WordPieces
   * long ({@code [CLS]} and {@code [SEP]} aside).
   */
  static List<Example> read(Path gold, WordPieceTokenizer tokenizer, int windowPieces)
      throws IOException {
    List<Example> examples = new ArrayList<>();
    for (GoldDocuments document : GoldDocuments.read(gold)) {
      List<WordPiece> pieces = tokenizer.tokenize(document.text());
      SpanTag[] tags = GoldTags.of(pieces, document.attributions());
      for (TokenWindow window : TokenWindows.of(document.text(), pieces, windowPieces)) {
        int[] labels = new int[window.length() + 2];
        labels[0] = IGNORED;
        labels[labels.length - 1] = IGNORED;
        for (int i = window.begin(); i < window.end(); i++) {
          labels[i - window.begin() + 1] = tags[i].ordinal();
        }
        examples.add(new Example(tokenizer.inputIds(pieces, window), labels));
      }
    }
    return examples;
  }
}
