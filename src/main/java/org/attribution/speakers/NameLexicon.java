package org.attribution.speakers;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.GenderedWords;
import org.attribution.lexicon.WordList;

/**
 * The word lists the speaker index reads names with, all bundled with the project: titles, the
 * nouns of documents and organizations, the animate nouns, first names and the words that state a
 * gender. Read once, on first use.
 *
 * <p>Immutable and thread-safe.
 */
final class NameLexicon {

  private static final Supplier<NameLexicon> BUNDLED = Suppliers.memoize(NameLexicon::new);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Words that only point at a thing already named. */
  private static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "our");

  /** Subject and object pronouns a speaker may be given as. */
  static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of(
          "he",
          "him",
          "himself",
          "she",
          "her",
          "herself",
          "they",
          "them",
          "themselves",
          "it",
          "itself",
          "i",
          "me",
          "we",
          "us",
          "you");

  final WordList titles = WordList.load("titles.txt");
  final WordList documentNouns = WordList.load("document-nouns.txt");
  final FirstNames firstNames = FirstNames.bundled();
  final GenderedWords genderedWords = GenderedWords.bundled();
  private final Animacy animacy = Animacy.coreNlp();

  private NameLexicon() {}

  static NameLexicon bundled() {
    return BUNDLED.get();
  }

  static boolean isDeterminer(String word) {
    return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isPronoun(String words) {
    return PRONOUNS.contains(words.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code word} is a common noun, not a name even when capitalised: a title, a document
   * noun, or the plural of an animate noun ({@code Officials}, {@code Residents}). A singular
   * animate noun may be a surname ({@code Baker}), and an organization noun a name ({@code
   * Kremlin}), so they do not count.
   */
  boolean isCommonNoun(String word) {
    String w = fold(word);
    boolean plural = w.endsWith("s") && w.length() > 3;
    String singular = plural ? w.substring(0, w.length() - 1) : w;
    return titles.contains(w)
        || documentNouns.contains(singular)
        || (plural && (animacy.isAnimate(w) || animacy.isAnimate(singular)));
  }

  /**
   * {@code word} in lower case without accents, periods and apostrophes: the form names are
   * compared in ({@code José} and {@code Jose}, {@code O'Neill} and {@code ONeill} are one).
   */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .toLowerCase(Locale.ROOT)
        .replace(".", "")
        .replace("'", "")
        .replace("\u2019", "");
  }
}
