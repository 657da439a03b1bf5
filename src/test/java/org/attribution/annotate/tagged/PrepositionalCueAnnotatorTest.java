package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

class PrepositionalCueAnnotatorTest {

  private static List<Attribution> extract(String text) {
    return AttributionExtractor.builder().profile(Profile.LEARNED).build().extractFromText(text);
  }

  @Test
  void addsAsPerThatOpensTheSentenceWithTheDocumentAfterIt() {
    assertThat(
            extract(
                "Raja spoke to reporters.\n\nAs per the BMC's estimate, the work will cost Rs"
                    + " 1,200 crore."))
        .filteredOn(a -> "As per".equals(a.cue()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.document()).isEqualTo("the BMC's estimate");
              assertThat(a.content()).isEqualTo("the work will cost Rs 1,200 crore");
            });
  }

  @Test
  void addsNoCueToASentenceWithoutTaggedContent() {
    assertThat(extract("The work went on as per the plan.")).isEmpty();
  }
}
