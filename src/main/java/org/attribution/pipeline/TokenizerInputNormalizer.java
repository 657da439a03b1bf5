package org.attribution.pipeline;

/**
 * Makes a text safe for CoreNLP's tokenizer, the first stage of every profile, before it reads it:
 * the copy it returns has the same length, so every token's offsets still point into the original
 * text, which the attribution stages read as given. Two kinds of input make the tokenizer's lexer
 * slow, and it does not heed an interrupt while it is slow, so a time limit could not stop it:
 *
 * <ul>
 *   <li>ASCII control characters other than line and tab breaks (U+0000–U+0008, U+000E–U+001F,
 *       U+007F): its lexer reads a run of them in time quadratic in its length (6,000 U+001C took
 *       1.7 CPU-seconds, 12,000 took 6.1), and the tagger of the accurate profile takes each as an
 *       unknown word. Each becomes a space: they carry no words.
 *   <li>Long stretches without whitespace: its lexer looks ahead to the end of the stretch for
 *       every token it cuts there, so a stretch of quote marks, slashes or commas ({@code """"…},
 *       {@code "a"a"a…}, {@code a/a/a…}) costs time quadratic in its length: 12,500 {@code "} marks
 *       took 3.9 CPU-seconds, 25,000 four times that. Every {@value #MAX_UNBROKEN}th character of
 *       such a stretch becomes a space, so no stretch the tokenizer sees is longer.
 * </ul>
 *
 * News text has neither (a long URL at most), so it is handed over as it is. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Annotation annotation = new Annotation(TokenizerInputNormalizer.normalize(text));
 * }</pre>
 */
final class TokenizerInputNormalizer {

  /** Longest stretch without whitespace handed to the tokenizer. */
  static final int MAX_UNBROKEN = 256;

  private TokenizerInputNormalizer() {}

  /** {@code text} itself when it needs no change, else a copy of the same length. */
  static String normalize(String text) {
    char[] chars = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = isBlankedControl(c);
      if (!blank && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        run = 0;
      } else if (blank || ++run > MAX_UNBROKEN && !Character.isSurrogate(c)) {
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

  /**
   * An ASCII control character that breaks no line: tab, line feed, vertical tab, form feed and
   * carriage return are kept. The C1 controls (U+0080–U+009F) are kept too: they stand inside words
   * of text decoded with the wrong charset ({@code FranÃ\u0083Â§ois}), which must stay one token.
   */
  private static boolean isBlankedControl(char c) {
    return (c < ' ' && (c < '\t' || c > '\r')) || c == '\u007f';
  }
}
