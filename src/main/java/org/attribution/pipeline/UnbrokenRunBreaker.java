package org.attribution.pipeline;

/**
 * Breaks very long stretches without whitespace before CoreNLP's tokenizer reads them. Its lexer
 * looks ahead to the end of the stretch for every token it cuts there, so a stretch of quote marks,
 * slashes or commas ({@code """"…}, {@code "a"a"a…}, {@code a/a/a…}) costs time quadratic in its
 * length: 12,500 {@code "} marks took 3.9 CPU-seconds to tokenize, 25,000 four times that. Every
 * {@value #MAX_UNBROKEN}th character of such a stretch becomes a space, so no stretch the tokenizer
 * sees is longer and its cost stays linear in the text. The length is kept, so every token's
 * offsets still point into the original text; news text never has such stretches (a long URL at
 * most). Stateless and thread-safe.
 */
final class UnbrokenRunBreaker {

  /** Longest stretch without whitespace handed to the tokenizer. */
  static final int MAX_UNBROKEN = 256;

  private UnbrokenRunBreaker() {}

  /** {@code text} itself when it has no longer stretch, else a copy of the same length. */
  static String breakLongRuns(String text) {
    char[] chars = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        run = 0;
      } else if (++run > MAX_UNBROKEN && !Character.isSurrogate(c)) {
        // A surrogate is passed over so that no half of a pair is left alone.
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
        run = 0;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
