package org.attribution.speakers;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.Gender;
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
  private static final Pattern ROLE_ENDING =
      Pattern.compile("(er|or|ist|ian|ant|ent|eer|man|woman|nurse|chief|head)$");

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
  final WordList organizationNouns = WordList.load("organization-nouns.txt");
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
        || (plural && animacy.isAnimate(singular) && animacy.isAnimate(w));
  }

  /**
   * True when {@code word} names what a being does ({@code farmer}, {@code economist}, {@code
   * councillor}): an animate noun with the ending of an agent noun, and no first name ({@code
   * Tyler}). The animate nouns hold names as well, which the ending leaves out.
   */
  boolean isRole(String word) {
    String w = fold(word);
    return ROLE_ENDING.matcher(w).find()
        && animacy.isAnimate(w)
        && firstNames.gender(w) == Gender.UNKNOWN;
  }

  /** True when {@code word} is the head noun of an organization's name ({@code Authority}). */
  boolean isOrganizationNoun(String word) {
    return organizationNouns.contains(fold(word));
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
