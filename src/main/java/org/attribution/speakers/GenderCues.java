package org.attribution.speakers;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;
import org.attribution.lexicon.Gender;

/**
 * The gender an attribution's text states for its speaker, a person: a pronoun that stands for the
 * speaker ({@code she said}, where the extractor resolved {@code she} to the speaker), an honorific
 * ({@code Mr. Reid}) or a gendered role noun ({@code the spokeswoman}) in the words that name the
 * speaker there, or in the name the document gives. {@code they} is counted apart: it states no
 * gender. Nothing is read from first names.
 *
 * <p>Stateless and thread-safe.
 */
final class GenderCues {

  /** A bit of {@link #of}: the text calls the speaker a woman. */
  static final int FEMALE = 1;

  /** A bit of {@link #of}: the text calls the speaker a man. */
  static final int MALE = 2;

  /** A bit of {@link #of}: the text refers to the speaker as {@code they}. */
  static final int THEY = 4;

  private static final ImmutableMap<String, Integer> PRONOUNS =
      ImmutableMap.<String, Integer>builder()
          .put("he", MALE)
          .put("him", MALE)
          .put("himself", MALE)
          .put("she", FEMALE)
          .put("her", FEMALE)
          .put("herself", FEMALE)
          .put("they", THEY)
          .put("them", THEY)
          .put("themselves", THEY)
          .build();

  private GenderCues() {}

  /**
   * The bits ({@link #FEMALE}, {@link #MALE}, {@link #THEY}) of the evidence {@code o} gives for
   * its speaker, whose name form is {@code form}; 0 for a speaker that is not a person.
   */
  static int of(Occurrence o, NameForm form, NameLexicon lexicon) {
    if (form == null || form.kind() != SpeakerKind.PERSON) {
      return 0;
    }
    String mention = o.source().mention();
    if (mention != null) {
      Integer pronoun = PRONOUNS.get(mention.strip().toLowerCase(Locale.ROOT));
      if (pronoun != null) {
        return pronoun;
      }
    }
    return words(mention, lexicon) | words(o.speaker(), lexicon);
  }

  /**
   * The evidence of the words of {@code text}: a lower-case role noun ({@code spokeswoman}), or a
   * capitalised title before another capitalised word ({@code Ms. Chu}, {@code Queen Rania}). A
   * name's own words ({@code Jane King}) state nothing.
   */
  private static int words(String text, NameLexicon lexicon) {
    if (text == null) {
      return 0;
    }
    String[] words = text.strip().split("[\\s,;:()]+");
    int bits = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i].replaceAll("['\u2019]s$", "");
      if (word.isEmpty()) {
        continue;
      }
      boolean lower = !Character.isUpperCase(word.codePointAt(0));
      boolean title =
          lexicon.titles.contains(word)
              && i + 1 < words.length
              && !words[i + 1].isEmpty()
              && Character.isUpperCase(words[i + 1].codePointAt(0));
      if (lower || title) {
        Gender g = lexicon.genderedWords.gender(word);
        bits |= g == Gender.FEMALE ? FEMALE : g == Gender.MALE ? MALE : 0;
      }
    }
    return bits;
  }
}
