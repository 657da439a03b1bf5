package org.attribution.tagger;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text's WordPieces into windows the encoder can read, so that a window sees whole
 * paragraphs: consecutive paragraphs are packed into one window while they fit, and a paragraph
 * longer than a window is read by windows that overlap by half, each piece owned by the window
 * where it sits nearer the middle. Training and tagging cut windows the same way.
 *
 * <pre>{@code
 * List<TokenWindow> windows = TokenWindows.of(text, pieces, 254);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TokenWindows {

  private TokenWindows() {}

  /**
   * The windows over {@code pieces} (the WordPieces of {@code text}, in text order), each at most
   * {@code maxPieces} long; every piece is owned by exactly one window. A line break between two
   * pieces ends a paragraph.
   */
  public static List<TokenWindow> of(String text, List<WordPiece> pieces, int maxPieces) {
    checkArgument(maxPieces >= 2, "a window must hold at least 2 pieces, not %s", maxPieces);
    List<TokenWindow> windows = new ArrayList<>();
    int packedBegin = 0;
    int paragraphBegin = 0;
    for (int i = 1; i <= pieces.size(); i++) {
      if (i < pieces.size() && !breaksParagraph(text, pieces.get(i - 1), pieces.get(i))) {
        continue;
      }
      if (i - packedBegin > maxPieces && paragraphBegin > packedBegin) {
        windows.add(whole(packedBegin, paragraphBegin));
        packedBegin = paragraphBegin;
      }
      if (i - packedBegin > maxPieces) {
        overlapping(packedBegin, i, maxPieces, windows);
        packedBegin = i;
      }
      paragraphBegin = i;
    }
    if (packedBegin < pieces.size()) {
      windows.add(whole(packedBegin, pieces.size()));
    }
    return windows;
  }

  private static TokenWindow whole(int begin, int end) {
    return new TokenWindow(begin, end, begin, end);
  }

  /** Windows of {@code maxPieces} every half window over {@code [begin, end)}, longer than one. */
  private static void overlapping(int begin, int end, int maxPieces, List<TokenWindow> windows) {
    int stride = maxPieces / 2;
    int ownBegin = begin;
    for (int start = begin; ; start += stride) {
      int stop = Math.min(start + maxPieces, end);
      if (stop == end) {
        windows.add(new TokenWindow(start, stop, ownBegin, stop));
        return;
      }
      int nextStart = start + stride;
      int ownEnd = (nextStart + stop) / 2;
      windows.add(new TokenWindow(start, stop, ownBegin, ownEnd));
      ownBegin = ownEnd;
    }
  }

  private static boolean breaksParagraph(String text, WordPiece before, WordPiece after) {
    for (int c = before.end(); c < after.begin(); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }
}
