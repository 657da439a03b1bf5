package org.attribution.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.junit.jupiter.api.Test;

/**
 * The gender a speaker's first name usually has ({@code speakers --gender-from-names}) beside the
 * gender the texts state, for every person of the samples' gold attributions whose texts state one:
 * how often the guess agrees, the accuracy the documentation gives for the option.
 */
class GenderFromNamesTest {

  @Test
  void theFirstNameGuessAgreesWithTheTextsForMostPeopleOfTheSamples() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(f -> f.toString().endsWith(".expected.jsonl")).sorted().toList();
    }
    List<Speaker> people =
        SpeakerIndex.of(
                OccurrenceReader.read(samples, IndexFields.defaults(), p -> {}).occurrences(),
                false)
            .speakers()
            .stream()
            .filter(s -> s.gender() != null && s.gender().basis().equals("text"))
            .filter(s -> !s.gender().value().equals("mixed"))
            .toList();
    int guessed = 0;
    int agree = 0;
    for (Speaker s : people) {
      SpeakerGender guess =
          SpeakerGender.of(0, 0, 0)
              .orFromFirstName(s.name(), SpeakerGrouping.bundled().firstNames());
      if (!guess.basis().equals("none")) {
        guessed++;
        agree += guess.value().equals(s.gender().value()) ? 1 : 0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Gender from first names on the samples: %d people whose texts state female or male;"
            + " the first-name list guesses for %d of them and agrees with the texts for %d (%.1f%%)%n",
        people.size(),
        guessed,
        agree,
        100.0 * agree / guessed);

    assertThat(people).hasSizeGreaterThanOrEqualTo(15);
    assertThat((double) agree / guessed).isGreaterThanOrEqualTo(0.8);
  }
}
