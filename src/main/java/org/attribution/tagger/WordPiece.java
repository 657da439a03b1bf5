package org.attribution.tagger;

import org.attribution.Span;

/**
 * One WordPiece of a text: its id in the encoder's vocabulary and the characters of the original
 * text it came from ({@code [begin, end)}, UTF-16 code units). A word split into pieces gives each
 * piece its own characters: {@code "Kremlin"} becomes {@code kr [0,2)} and {@code ##emlin [2,7)}.
 *
 * <p>Immutable and thread-safe.
 */
public record WordPiece(int id, int begin, int end) {

  /** The characters of the original text this piece covers. */
  public Span span() {
    return Span.of(begin, end);
  }
}
