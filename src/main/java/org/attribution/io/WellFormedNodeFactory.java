package org.attribution.io;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The node factory of {@link AttributionJson#MAPPER}: every string it makes, read from a JSON line
 * or put into a tree, has each lone UTF-16 surrogate replaced with U+FFFD. A JSON escape such as
 * {@code \\ud800} makes a lone surrogate, which no output encoding can write, no address can hold
 * and a browser shows as U+FFFD anyway. One {@code char} stands for one, so spans into a text keep
 * their offsets and a content still equals the text at its span.
 *
 * <p>Immutable and thread-safe.
 */
final class WellFormedNodeFactory extends JsonNodeFactory {

  private static final long serialVersionUID = 1L;

  @Override
  public StringNode stringNode(String text) {
    return super.stringNode(text == null ? null : wellFormed(text));
  }

  /** {@code s} with each lone surrogate replaced with U+FFFD; {@code s} itself when it has none. */
  static String wellFormed(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        chars = chars == null ? s.toCharArray() : chars;
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? s : new String(chars);
  }
}
