package org.attribution.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.attribution.lexicon.TagLexicon.Reading;
import org.junit.jupiter.api.Test;

class TagLexiconTest {

  private static final TagLexicon LEXICON = TagLexicon.bundled();

  @Test
  void listsTheUsualTagsOfAWordMostFrequentFirstWithTheirLemmas() {
    assertThat(LEXICON.readings("claims"))
        .containsExactly(new Reading("NNS", "claim"), new Reading("VBZ", "claim"));
  }

  @Test
  void distinguishesCase() {
    assertThat(LEXICON.readings("He")).containsExactly(new Reading("PRP", "he"));
  }

  @Test
  void hasNoReadingsForAnUnknownWord() {
    assertThat(LEXICON.readings("zxqwerton")).isEmpty();
  }
}
