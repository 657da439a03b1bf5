package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

  private static final WordPieceTokenizer TOKENIZER =
      WordPieceTokenizer.load(SpanTagger.VOCABULARY);

  private static List<String> pieces(String text) {
    return TOKENIZER.tokenize(text).stream().map(p -> p.span().in(text)).toList();
  }

  @Test
  void cutsAWordIntoPiecesThatKeepTheirCharacters() {
    String text = "Putin's spokesperson";
    assertThat(pieces(text)).containsExactly("Putin", "'", "s", "spokesperson");
    List<WordPiece> split = TOKENIZER.tokenize("Peskov said");
    assertThat(split).hasSizeGreaterThan(2);
    assertThat(split.get(0).begin()).isZero();
    assertThat(split.get(split.size() - 2).end()).isEqualTo("Peskov".length());
  }

  @Test
  void lowerCasesAndStripsAccentsButPointsAtTheOriginal() {
    String text = "  Café SAID";
    List<WordPiece> found = TOKENIZER.tokenize(text);
    assertThat(found.get(0).id()).isEqualTo(TOKENIZER.idOf("cafe"));
    assertThat(found.get(0).span().in(text)).isEqualTo("Café");
    assertThat(found.get(1).id()).isEqualTo(TOKENIZER.idOf("said"));
  }

  @Test
  void makesEachQuoteMarkAndPunctuationAPieceOfItsOwn() {
    assertThat(pieces("\u201cNo,\u201d he said."))
        .containsExactly("\u201c", "No", ",", "\u201d", "he", "said", ".");
  }

  @Test
  void keepsOffsetsPastCharactersOutsideTheBasicPlane() {
    String text = "\uD83D\uDE00 he said";
    assertThat(pieces(text)).endsWith("he", "said");
  }

  @Test
  void givesAnOverlongWordOneUnknownPiece() {
    String word = "a".repeat(120);
    List<WordPiece> found = TOKENIZER.tokenize(word);
    assertThat(found)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(TOKENIZER.idOf("[UNK]"));
              assertThat(p.end()).isEqualTo(120);
            });
  }

  @Test
  void wrapsAWindowInClsAndSep() {
    List<WordPiece> found = TOKENIZER.tokenize("he said");
    long[] ids = TOKENIZER.inputIds(found, new TokenWindow(0, 2, 0, 2));
    assertThat(ids)
        .containsExactly(
            TOKENIZER.idOf("[CLS]"),
            TOKENIZER.idOf("he"),
            TOKENIZER.idOf("said"),
            TOKENIZER.idOf("[SEP]"));
  }
}
