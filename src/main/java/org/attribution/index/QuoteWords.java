package org.attribution.index;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A quotation's text reduced to what makes two renderings of it the same: its words, lower-cased,
 * without punctuation, quote marks or apostrophes ({@code don’t} and {@code dont} are one word),
 * and the places where words were left out ({@code …}, {@code ...}, {@code . . .}, {@code […]}).
 *
 * <p>Each word is a 64-bit fingerprint (Guava's FarmHash fingerprint, which is stable across
 * releases and machines, so a cluster's executors and the command line compute the same one); an
 * elision is {@link #ELISION}.
 *
 * <pre>{@code
 * QuoteWords.of("“We won’t, […] back down.”").key();   // "we wont … back down"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class QuoteWords {

  /** Stands for the words an elision leaves out; no word has this fingerprint. */
  static final long ELISION = 0L;

  /** Quotes of fewer words than this are short phrases, not merged across speakers. */
  static final int SHORT_PHRASE = 4;

  /** Words per shingle: any part of an elided fragment this long finds the text it was cut from. */
  static final int SHINGLE = 3;

  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();
  private static final String ELISION_MARK = "…";

  private final long[] words;
  private final String key;
  private final int count;

  private QuoteWords(long[] words, String key, int count) {
    this.words = words;
    this.key = key;
    this.count = count;
  }

  static QuoteWords of(String text) {
    StringBuilder key = new StringBuilder(text.length());
    long[] words = new long[8];
    int n = 0;
    int count = 0;
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i <= text.length()) {
      int elided = i < text.length() ? elisionLength(text, i) : 0;
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (elided == 0 && Character.isLetterOrDigit(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (elided == 0 && isApostrophe(c) && word.length() > 0) {
        // inside a word: dropped, so that don't, don’t and dont are one word
      } else {
        if (word.length() > 0) {
          if (n == words.length) {
            words = Arrays.copyOf(words, n * 2);
          }
          String w = word.toString();
          words[n++] = fingerprint(w);
          count++;
          key.append(key.length() == 0 ? "" : " ").append(w);
          word.setLength(0);
        }
        // An elision counts only between words: a leading or trailing one just says the quote is
        // cut.
        if (elided > 0 && n > 0 && words[n - 1] != ELISION) {
          if (n == words.length) {
            words = Arrays.copyOf(words, n * 2);
          }
          words[n++] = ELISION;
          key.append(' ').append(ELISION_MARK);
        }
      }
      i += elided > 0 ? elided : Character.charCount(c);
    }
    if (n > 0 && words[n - 1] == ELISION) {
      n--;
      key.setLength(key.length() - 2);
    }
    return new QuoteWords(Arrays.copyOf(words, n), key.toString(), count);
  }

  /**
   * The fingerprints of the words, {@link #ELISION} where words were left out. Not copied, for the
   * grouping's inner loops: callers must not change it.
   */
  long[] words() {
    return words;
  }

  /**
   * The distinct fingerprints of the {@value #SHINGLE}-word runs without an elision, sorted: a
   * fragment's shingles are all shingles of the text it was cut from.
   */
  long[] shingles() {
    long[] out = new long[Math.max(0, words.length - SHINGLE + 1)];
    int n = 0;
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      if (words[i] != ELISION && words[i + 1] != ELISION && words[i + 2] != ELISION) {
        out[n++] = mix(mix(mix(words[i]) + words[i + 1]) + words[i + 2]);
      }
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  /** The normalized text: equal for two renderings of the same quotation. */
  String key() {
    return key;
  }

  /** The number of words, elisions not counted. */
  int count() {
    return count;
  }

  boolean isElided() {
    return count < words.length;
  }

  /**
   * The node this text is in the grouping: the fingerprint of its key, and for a short phrase of
   * its key and speaker, since {@code no comment} from two people is not one quotation.
   */
  long node(String speaker) {
    String identity =
        count < SHORT_PHRASE ? key + '\u0000' + (speaker == null ? "" : speaker) : key;
    return FINGERPRINT.hashString(identity, StandardCharsets.UTF_8).asLong();
  }

  private static long fingerprint(String word) {
    long h = FINGERPRINT.hashString(word, StandardCharsets.UTF_8).asLong();
    return h == ELISION ? 1 : h;
  }

  /** SplitMix64's finalizer: spreads the bits of a combination of word fingerprints. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
  }

  /**
   * Characters of the elision mark starting at {@code i}: {@code …}, or three or more dots, spaced
   * or not.
   */
  private static int elisionLength(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u2026') {
      return 1;
    }
    if (c != '.') {
      return 0;
    }
    int dots = 0;
    int j = i;
    while (j < text.length()
        && (text.charAt(j) == '.'
            || (text.charAt(j) == ' ' && j + 1 < text.length() && text.charAt(j + 1) == '.'))) {
      dots += text.charAt(j) == '.' ? 1 : 0;
      j++;
    }
    return dots >= 3 ? j - i : 0;
  }
}
