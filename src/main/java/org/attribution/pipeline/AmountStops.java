package org.attribution.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets an amount written with a unit letter end a sentence. CoreNLP's tokenizer reads the {@code
 * m.} of {@code The work would cost £2.4m. "We owe it to the families," he said.} as an
 * abbreviation, so the sentence runs on into the quote. Where such a stop ({@code £2.4m.}, {@code
 * $3bn.}, {@code 5p.}) comes before a capital letter or an opening quote, the copy CoreNLP reads
 * gets an {@code !} instead, which ends a sentence whatever precedes it. The length is kept, so
 * every token's offsets still point into the original text, which the attribution stages read.
 * Stateless and thread-safe.
 */
final class AmountStops {

  private static final Pattern STOP =
      Pattern.compile("(?<=\\d(?:m|bn|tn|k|p|mn|bln))\\.(?=\\s+[\"'\u201c\u2018\\p{Lu}])");

  private AmountStops() {}

  /** {@code text} itself when it has no such stop, else a copy of the same length. */
  static String mark(String text) {
    Matcher m = STOP.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] chars = text.toCharArray();
    do {
      chars[m.start()] = '!';
    } while (m.find());
    return new String(chars);
  }
}
