package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWindowsTest {

  /** One piece per character that is not a space: "ab\n\ncd" gives four pieces, two paragraphs. */
  private static List<WordPiece> pieces(String text) {
    List<WordPiece> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        out.add(new WordPiece(1, i, i + 1));
      }
    }
    return out;
  }

  @Test
  void packsParagraphsThatFitIntoOneWindow() {
    String text = "ab\n\ncd\n\nef";
    assertThat(TokenWindows.of(text, pieces(text), 6)).containsExactly(new TokenWindow(0, 6, 0, 6));
  }

  @Test
  void startsANewWindowAtTheParagraphThatDoesNotFit() {
    String text = "abc\n\ndef\n\ng";
    assertThat(TokenWindows.of(text, pieces(text), 4))
        .containsExactly(new TokenWindow(0, 3, 0, 3), new TokenWindow(3, 7, 3, 7));
  }

  @Test
  void readsALongParagraphInHalfOverlappingWindowsOwningEachPieceOnce() {
    String text = "abcdefghij";
    List<TokenWindow> windows = TokenWindows.of(text, pieces(text), 4);

    assertThat(windows).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(4));
    assertThat(windows.get(0).ownBegin()).isZero();
    for (int i = 1; i < windows.size(); i++) {
      assertThat(windows.get(i).ownBegin()).isEqualTo(windows.get(i - 1).ownEnd());
      assertThat(windows.get(i).begin()).isLessThan(windows.get(i - 1).end());
    }
    assertThat(windows.get(windows.size() - 1).ownEnd()).isEqualTo(10);
  }

  @Test
  void givesNoWindowToAnEmptyText() {
    assertThat(TokenWindows.of("", List.of(), 4)).isEmpty();
  }
}
