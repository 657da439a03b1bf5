package org.attribution.lexicon;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * The gender first names are usually given: {@code models/first-names.tsv}, exported from CoreNLP's
 * name-gender list without the names it gives both genders (its header says how). A name it does
 * not hold has {@link Gender#UNKNOWN}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FirstNames.bundled().gender("Helen")   // FEMALE
 * }</pre>
 */
public final class FirstNames {

  private final ImmutableMap<String, Gender> genders;

  private FirstNames(ImmutableMap<String, Gender> genders) {
    this.genders = genders;
  }

  /** Reads the bundled list. */
  public static FirstNames bundled() {
    return new FirstNames(LexiconFiles.genders("first-names.tsv"));
  }

  /** The gender {@code name} is usually given, in any case. */
  public Gender gender(String name) {
    return genders.getOrDefault(name.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }
}
