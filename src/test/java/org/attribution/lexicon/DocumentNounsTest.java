package org.attribution.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.attribution.internal.ParsedSentence;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

class DocumentNounsTest {

  private static final DocumentNouns NOUNS = DocumentNouns.load();

  private static ParsedSentence sentence(String tagged) {
    return ParsedSentence.of(TokenizedText.tagged(tagged)).get(0);
  }

  @Test
  void takesACommonNounOfTheListForADocument() {
    ParsedSentence s = sentence("The/DT statement/NN said/VBD so/RB ./.");
    assertThat(NOUNS.isDocument(s, 2)).isTrue();
  }

  @Test
  void takesAPluralCommonNounOfTheListForADocument() {
    ParsedSentence s = sentence("Federal/JJ data/NNS show/VBP a/DT rise/NN ./.");
    assertThat(NOUNS.isDocument(s, 2)).isTrue();
  }

  @Test
  void takesNoProperNounForADocument() {
    ParsedSentence s = sentence("The/DT Drudge/NNP Report/NNP said/VBD so/RB ./.");
    assertThat(NOUNS.isDocument(s, 3)).isFalse();
  }

  @Test
  void takesNoOtherNounForADocument() {
    ParsedSentence s = sentence("The/DT senator/NN said/VBD so/RB ./.");
    assertThat(NOUNS.isDocument(s, 2)).isFalse();
  }
}
