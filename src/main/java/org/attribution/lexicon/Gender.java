package org.attribution.lexicon;

/** The grammatical gender a person is referred to by, as far as the text or a lexicon tells it. */
public enum Gender {
  FEMALE,
  MALE,
  UNKNOWN;

  /** True when a mention of this gender may be referred to by a pronoun of {@code other}'s. */
  public boolean agreesWith(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
