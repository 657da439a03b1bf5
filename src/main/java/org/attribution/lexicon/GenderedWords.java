package org.attribution.lexicon;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * Words that state the gender of the person they name: honorifics ({@code Mr.}, {@code Ms.}) and
 * role nouns ({@code spokeswoman}, {@code chairman}), from {@code models/gendered-words.tsv}. A
 * word it does not hold has {@link Gender#UNKNOWN}. Immutable and thread-safe.
 *
 * <pre>{@code
 * GenderedWords.bundled().gender("Mrs.")   // FEMALE
 * }</pre>
 */
public final class GenderedWords {

  private final ImmutableMap<String, Gender> genders;

  private GenderedWords(ImmutableMap<String, Gender> genders) {
    this.genders = genders;
  }

  /** Reads the bundled list. */
  public static GenderedWords bundled() {
    return new GenderedWords(LexiconFiles.genders("gendered-words.tsv"));
  }

  /** The gender {@code word} states, in any case and with or without a final period. */
  public Gender gender(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return genders.getOrDefault(w, Gender.UNKNOWN);
  }
}
