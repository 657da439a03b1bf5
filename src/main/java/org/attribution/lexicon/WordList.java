package org.attribution.lexicon;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * A set of lower-case words read from a one-word-a-line resource under {@code
 * /org/attribution/models}, where {@code #} starts a comment. Immutable and thread-safe.
 */
public final class WordList {

  private final ImmutableSet<String> words;

  private WordList(ImmutableSet<String> words) {
    this.words = words;
  }

  /** Reads {@code /org/attribution/models/<name>} from the classpath. */
  public static WordList load(String name) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String line : LexiconFiles.lines(name)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return new WordList(words.build());
  }

  /** True when the list holds {@code word}, compared in lower case. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }
}
