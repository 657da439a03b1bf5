package org.attribution.annotate.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.attribution.pipeline.FastTestPipeline;
import org.junit.jupiter.api.Test;

class ProperNameTaggerTest {

  private static List<String> entities(String text) {
    return FastTestPipeline.run(text).get(CoreAnnotations.TokensAnnotation.class).stream()
        .map(CoreLabel::ner)
        .toList();
  }

  @Test
  void tagsARunOfProperNounsAsAPerson() {
    assertThat(entities("We met Jane Smith today."))
        .containsExactly("O", "O", "PERSON", "PERSON", "O", "O");
  }

  @Test
  void leavesTitlesOutOfTheName() {
    assertThat(entities("We met President Jane Smith."))
        .containsExactly("O", "O", "O", "PERSON", "PERSON", "O");
  }

  @Test
  void leavesTheWordsQualifyingATitleInsideTheRunOutOfTheName() {
    assertThat(entities("We met Municipal Commissioner Jane Smith today."))
        .containsExactly("O", "O", "O", "O", "PERSON", "PERSON", "O", "O");
  }

  @Test
  void tagsTheOrganizationQualifyingATitleInsideTheRunAsAnOrganization() {
    assertThat(entities("We met Acme Bank Chairman Jane Smith today."))
        .containsExactly(
            "O", "O", "ORGANIZATION", "ORGANIZATION", "O", "PERSON", "PERSON", "O", "O");
  }

  @Test
  void tagsNoNameInATitleCaseHeadline() {
    assertThat(entities("Putin and Xi Jinping Cement Relationship Amid Pressure"))
        .containsOnly("O");
  }

  @Test
  void tagsTheInitialBeforeANameAsPartOfIt() {
    assertThat(entities("We met Commissioner P Velrasu today."))
        .containsExactly("O", "O", "O", "PERSON", "PERSON", "O", "O");
  }

  @Test
  void tagsANameWithAnOrganizationNounAsAnOrganization() {
    assertThat(entities("We met the Acme Corporation."))
        .containsExactly("O", "O", "O", "ORGANIZATION", "ORGANIZATION", "O");
  }

  @Test
  void tagsAnAcronymAsAnOrganization() {
    assertThat(entities("We met NATO.")).containsExactly("O", "O", "ORGANIZATION", "O");
  }

  @Test
  void resolvesASurnameToTheFullestNameOfTheDocument() {
    var found =
        FastTestPipeline.attributions(
            "Jane Smith runs the city. Smith said that the bridge will reopen.");
    assertThat(found.get(0).speakerCanonical()).isEqualTo("Jane Smith");
  }
}
