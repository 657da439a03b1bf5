package org.attribution.tagger;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A window of consecutive WordPieces that the encoder reads at once: pieces {@code [begin, end)} of
 * a text. Where windows overlap (over a paragraph too long for one), each piece takes its tag from
 * the window that owns it, {@code [ownBegin, ownEnd)}, the one where it sits farthest from an edge.
 *
 * <p>Immutable and thread-safe.
 */
public record TokenWindow(int begin, int end, int ownBegin, int ownEnd) {

  public TokenWindow {
    checkArgument(
        begin <= ownBegin && ownBegin <= ownEnd && ownEnd <= end,
        "window [%s, %s) does not hold its own pieces [%s, %s)",
        begin,
        end,
        ownBegin,
        ownEnd);
  }

  /** Number of pieces in the window. */
  public int length() {
    return end - begin;
  }
}
