package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

/** The profiles that parse no sentence, the ones this stage serves. */
class MediumPhraseLinkerTest {

  private static final List<Profile> UNPARSED = List.of(Profile.FAST, Profile.LEARNED);

  private static Attribution only(Profile profile, String text) {
    List<Attribution> found =
        AttributionExtractor.builder().profile(profile).build().extractFromText(text);
    assertThat(found).as("%s: %s", profile, text).hasSize(1);
    return found.get(0);
  }

  @Test
  void statementTheCueWasSaidInIsTheDocumentAndLeavesTheVerbTheCue() {
    for (Profile profile : UNPARSED) {
      Attribution a =
          only(profile, "The union said in a statement that the offer was unacceptable.");
      assertThat(a.document()).as("%s", profile).isEqualTo("a statement");
      assertThat(a.cue()).as("%s", profile).isEqualTo("said");
      assertThat(a.speaker()).as("%s", profile).isEqualTo("The union");
    }
  }

  @Test
  void frontedPhraseBeforeTheSpeakerIsTheDocumentUpToItsComma() {
    for (Profile profile : UNPARSED) {
      Attribution a =
          only(profile, "In a letter to shareholders, Ana Ruiz said that profits would fall.");
      assertThat(a.document()).as("%s", profile).isEqualTo("a letter to shareholders");
      assertThat(a.speakerCanonical()).as("%s", profile).isEqualTo("Ana Ruiz");
    }
  }

  @Test
  void placeTheCueWasSaidInIsNoDocument() {
    for (Profile profile : UNPARSED) {
      Attribution a = only(profile, "Ana Ruiz said in Toronto that profits would fall.");
      assertThat(a.document()).as("%s", profile).isNull();
    }
  }

  @Test
  void gerundOpeningTheSentenceIsNoDocument() {
    for (Profile profile : UNPARSED) {
      Attribution a =
          only(
              profile,
              "In offering analysis of the race, pollster Pat Caddell said that Clinton would"
                  + " lose.");
      assertThat(a.document()).as("%s", profile).isNull();
    }
  }
}
