package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.SpeakerKind;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.WordList;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

class SpeakerCanonicalizerTest {

  private static Attribution last(String text) {
    List<Attribution> found = attributions(text);
    assertThat(found).isNotEmpty();
    return found.get(found.size() - 1);
  }

  @Test
  void resolvesTitleAndSurnameToFullName() {
    Attribution a =
        last("Jane Smith visited the site on Monday. Ms. Smith said that the bridge is safe.");
    assertThat(a.speakerCanonical()).isEqualTo("Jane Smith");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesFamilyNameWrittenFirst() {
    assertThat(
            last("Cheng Chin-mo teaches in Taipei. Mr. Cheng said that trade will grow.")
                .speakerCanonical())
        .isEqualTo("Cheng Chin-mo");
  }

  @Test
  void resolvesPronounToNearestPersonOfItsGender() {
    Attribution a =
        last(
            "John Smith said the branch would close. Mary Jones, his deputy, disagreed. "
                + "\"The savings are a fantasy,\" she said.");
    assertThat(a.speakerCanonical()).isEqualTo("Mary Jones");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesPronounPastTheLastSpeakerWhoseGenderDiffers() {
    assertThat(
            last("Helen Vasquez said the library must stay open. Daniel Okafor disagreed with "
                    + "her. Helen Vasquez said she would appeal. He said that the decision was final.")
                .speakerCanonical())
        .isEqualTo("Daniel Okafor");
  }

  @Test
  void resolvesPronounByGenderOfTitle() {
    assertThat(
            last("Ms. Okoro and Mr. Adeyemi met on Monday. Mr. Adeyemi said the talks went well. "
                    + "Ms. Okoro said the talks failed. He added that they would meet again.")
                .speakerCanonical())
        .isEqualTo("Adeyemi");
  }

  @Test
  void resolvesPronounByGenderOfPronounsLinkedBefore() {
    assertThat(
            last("Dr. Okoro said the plan would fail. She added that costs would rise. "
                    + "Dr. Mensah, the treasurer, said the plan was sound. He said that costs would fall. "
                    + "\"The plan will fail,\" she said.")
                .speakerCanonical())
        .isEqualTo("Okoro");
  }

  @Test
  void resolvesPronounToSubjectBeforeObject() {
    assertThat(
            last("Jane Smith met Mary Jones on Monday. She said the talks went well.")
                .speakerCanonical())
        .isEqualTo("Jane Smith");
  }

  @Test
  void resolvesItToOrganization() {
    Attribution a =
        last("The Red Cross said the shelter was full. It added that more beds were coming.");
    assertThat(a.speakerCanonical()).isEqualTo("Red Cross");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void resolvesPronounToUnnamedDescription() {
    Attribution a =
        last(
            "Jane Smith said the port would close. The shipping minister urged both sides "
                + "to talk. \"Nobody wins a long strike,\" she said.");
    assertThat(a.speakerCanonical()).isEqualTo("the shipping minister");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void leavesPronounWithoutAntecedentUnnamed() {
    Attribution a = only("\"We will not back down,\" she told reporters.");
    assertThat(a.speakerCanonical()).isNull();
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesDescriptionToNameInApposition() {
    Attribution a =
        only(
            "An agricultural economist at the state university, Priya Nair, said the "
                + "frost would cut yields.");
    assertThat(a.speakerCanonical()).isEqualTo("Priya Nair");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesDescriptionToNameAfterIt() {
    assertThat(only("The harvest will be late, said the economist Priya Nair.").speakerCanonical())
        .isEqualTo("Priya Nair");
  }

  @Test
  void resolvesSpokespersonForOrganization() {
    Attribution a =
        only("A spokesperson for the Riverton Public Library Board said the branch would close.");
    assertThat(a.speakerCanonical()).isEqualTo("Riverton Public Library Board");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void resolvesOrganizationSpokesman() {
    Attribution a = only("The ward will reopen on Monday, a Northfield Hospital spokesman said.");
    assertThat(a.speakerCanonical()).isEqualTo("Northfield Hospital");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void leavesAnUnnamedSpokespersonAfterAPersonSpokeADescription() {
    assertThat(
            last("Senator Ann Lee said the bill would pass. A spokesperson said the vote was set"
                    + " for Friday.")
                .speakerCanonical())
        .isEqualTo("a spokesperson");
  }

  @Test
  void resolvesDescriptionToTheOrganizationItsNounEnds() {
    assertThat(
            last("The Halden Transit Commission met on Monday. The commission said fares would rise.")
                .speakerCanonical())
        .isEqualTo("Halden Transit Commission");
  }

  @Test
  void keepsDescriptionWhenNoNameIsGiven() {
    Attribution a = only("The minister said the plan would go ahead.");
    assertThat(a.speakerCanonical()).isEqualTo("the minister");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesPronounToLastPersonSpeaking() {
    assertThat(
            last("Jane Smith said that the bridge is safe. She added that it will reopen.")
                .speakerCanonical())
        .isEqualTo("Jane Smith");
  }

  @Test
  void resolvesRoleDescriptionByTitle() {
    assertThat(
            last("Communist Party Leader Xi Jinping met the envoy. The party leader said that "
                    + "ties are strong.")
                .speakerCanonical())
        .isEqualTo("Xi Jinping");
  }

  @Test
  void resolvesDocumentToItsIssuer() {
    Attribution a = only("According to a Kremlin statement, the talks went well.");
    assertThat(a.speakerCanonical()).isEqualTo("Kremlin");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void kindsDocumentWithoutIssuerAsDocument() {
    assertThat(only("According to a statement, the talks went well.").speakerKind())
        .isEqualTo(SpeakerKind.DOCUMENT);
  }

  @Test
  void kindsMediaDescriptionAsOrganization() {
    assertThat(only("The state news agency said that the talks went well.").speakerKind())
        .isEqualTo(SpeakerKind.ORGANIZATION);
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Annotation annotation =
        TestPipeline.run("Jane Smith visited the site. Ms. Smith said that the bridge is safe.");
    SpeakerCanonicalizer canonicalizer =
        new SpeakerCanonicalizer(
            FirstNames.bundled(),
            WordList.load("organization-nouns.txt"),
            WordList.load("titles.txt"),
            Animacy.coreNlp());

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> canonicalizer.annotate(annotation))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
