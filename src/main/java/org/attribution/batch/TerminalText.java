package org.attribution.batch;

import java.util.Locale;

/**
 * Makes text from inputs safe to show on a terminal: every control character other than line feed
 * and tab (C0, DEL and C1, among them ESC and CSI, which start escape sequences that can set the
 * clipboard, the window title, clear the screen or hide text) is shown as {@code \x1B}.
 *
 * <pre>{@code
 * TerminalText.escape("a\u001b]52;c;...\u0007b")   // "a\x1B]52;c;...\x07b"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with its control characters other than {@code \n} and {@code \t} escaped. */
  public static String escape(String text) {
    if (text == null || text.chars().noneMatch(TerminalText::isUnsafe)) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (isUnsafe(c)) {
                safe.append(String.format(Locale.ROOT, "\\x%02X", c));
              } else {
                safe.append((char) c);
              }
            });
    return safe.toString();
  }

  private static boolean isUnsafe(int c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
  }
}
