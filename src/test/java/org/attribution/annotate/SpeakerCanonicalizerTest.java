package org.attribution.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.SpeakerKind;
import org.junit.jupiter.api.Test;

class SpeakerCanonicalizerTest {

  private static Attribution last(String text) {
    List<Attribution> found = attributions(text);
    assertThat(found).isNotEmpty();
    return found.get(found.size() - 1);
  }

  @Test
  void resolvesTitleAndSurnameToFullName() {
    Attribution a = last("Jane Smith visited the site on Monday. Ms. Smith said that the bridge is safe.");
    assertThat(a.speakerCanonical()).isEqualTo("Jane Smith");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void resolvesFamilyNameWrittenFirst() {
    assertThat(last("Cheng Chin-mo teaches in Taipei. Mr. Cheng said that trade will grow.")
        .speakerCanonical()).isEqualTo("Cheng Chin-mo");
  }

  @Test
  void resolvesPronounToLastPersonSpeaking() {
    assertThat(last("Jane Smith said that the bridge is safe. She added that it will reopen.")
        .speakerCanonical()).isEqualTo("Jane Smith");
  }

  @Test
  void resolvesRoleDescriptionByTitle() {
    assertThat(last("Communist Party Leader Xi Jinping met the envoy. The party leader said that "
        + "ties are strong.").speakerCanonical()).isEqualTo("Xi Jinping");
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
}
