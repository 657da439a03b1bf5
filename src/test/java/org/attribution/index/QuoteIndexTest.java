package org.attribution.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class QuoteIndexTest {

  private static final String FULL =
      "We will not raise energy prices this winter, and every household will get support.";

  private static Occurrence said(String document, String date, String speaker, String text) {
    return Occurrence.of(
        document,
        date,
        "https://" + document + ".example/story",
        null,
        Span.of(10, 10 + text.length()),
        AttributionType.DIRECT,
        speaker,
        text,
        0);
  }

  private static List<String> documents(Quote quote) {
    return quote.occurrences().stream().map(Occurrence::document).toList();
  }

  @Test
  void groupsRenderingsThatDifferOnlyInMarksAndPunctuation() {
    List<Quote> quotes =
        QuoteIndex.of(
            List.of(
                said("a", "2024-03-04", "Anna Berg", "\"" + FULL + "\""),
                said("b", "2024-03-05", "Anna Berg", "“" + FULL.replace(",", " —") + "”")));

    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.count()).isEqualTo(2));
  }

  @Test
  void groupsFragmentsWithTheQuoteTheyWereCutFrom() {
    List<Quote> quotes =
        QuoteIndex.of(
            List.of(
                said(
                    "cut",
                    "2024-03-03",
                    "Anna Berg",
                    "We will not raise energy prices this winter,"),
                said("full", "2024-03-04", "Anna Berg", FULL),
                said(
                    "elided",
                    "2024-03-05",
                    "Anna Berg",
                    "We will not raise energy prices [...] and every household will"),
                said("tail", "2024-03-06", "Anna Berg", "and every household will get support")));

    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(documents(q)).containsExactly("cut", "full", "elided", "tail");
              assertThat(q.text()).isEqualTo(FULL);
              assertThat(q.firstSeen().document()).isEqualTo("cut");
            });
  }

  @Test
  void keepsQuotesThatOnlyShareTheirOpeningApart() {
    List<Quote> quotes =
        QuoteIndex.of(
            List.of(
                said("a", "2024-03-04", "Anna Berg", FULL),
                said(
                    "b",
                    "2024-03-04",
                    "Omar Haddad",
                    "We will not raise taxes this year, whatever the markets say.")));

    assertThat(quotes).hasSize(2);
  }

  @Test
  void keepsShortPhrasesOfDifferentSpeakersApart() {
    List<Quote> quotes =
        QuoteIndex.of(
            List.of(
                said("a", "2024-05-02", "Victor Lamb", "No comment,"),
                said("b", "2024-05-03", "Victor Lamb", "“No comment.”"),
                said("c", "2024-05-03", "Dana Ortiz", "No comment.")));

    assertThat(quotes).extracting(Quote::count).containsExactly(2, 1);
    assertThat(quotes.get(0).speaker()).isEqualTo("Victor Lamb");
    assertThat(quotes.get(1).speaker()).isEqualTo("Dana Ortiz");
  }

  @Test
  void countsEveryNameGivenForTheSpeaker() {
    String bridge = "The bridge will be finished before the end of next year, whatever the cost.";
    Quote quote =
        QuoteIndex.of(
                List.of(
                    said("a", "2024-04-10", "Tom Reyes", bridge),
                    said("b", "2024-04-11", "Lisa Chen", bridge),
                    said("c", "2024-04-12", "Tom Reyes", bridge),
                    said("d", "2024-04-12", null, bridge)))
            .get(0);

    assertThat(quote.speaker()).isEqualTo("Tom Reyes");
    assertThat(quote.speakers())
        .containsExactly(
            new Quote.SpeakerCount("Tom Reyes", 2), new Quote.SpeakerCount("Lisa Chen", 1));
    assertThat(quote.documents()).isEqualTo(4);
  }

  @Test
  void firstSeenIsTheEarliestDateWhateverItsFormAndUndatedComeLast() {
    Quote quote =
        QuoteIndex.of(
                List.of(
                    said("undated", null, "Anna Berg", FULL),
                    said("evening", "2024-03-04T20:00:00+02:00", "Anna Berg", FULL),
                    said("spaced", "2024-03-04 19:00:00", "Anna Berg", FULL),
                    said("day", "2024-03-05", "Anna Berg", FULL)))
            .get(0);

    assertThat(documents(quote)).containsExactly("evening", "spaced", "day", "undated");
  }

  @Test
  void theFullestTextIsNotAnElidedOne() {
    Quote quote =
        QuoteIndex.of(
                List.of(
                    said(
                        "elided",
                        "2024-03-04",
                        "Anna Berg",
                        "We will not raise energy prices this winter … and every household will get support, we promise"),
                    said(
                        "full",
                        "2024-03-05",
                        "Anna Berg",
                        "We will not raise energy prices this winter")))
            .get(0);

    assertThat(quote.text()).isEqualTo("We will not raise energy prices this winter");
  }

  @Test
  void largestFirstAndTheSameWhateverTheInputOrder() {
    List<Occurrence> occurrences = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      occurrences.add(
          said(
              "d" + i,
              "2024-01-" + (10 + i % 20),
              "S" + i % 3,
              "Quote number " + i % 7 + " is said by someone here."));
    }
    List<Quote> ordered = QuoteIndex.of(occurrences);
    Collections.shuffle(occurrences, new Random(7));

    assertThat(ordered).extracting(Quote::count).isSortedAccordingTo(Collections.reverseOrder());
    assertThat(QuoteIndex.of(occurrences))
        .extracting(QuoteJson::line)
        .containsExactlyElementsOf(ordered.stream().map(QuoteJson::line).toList());
  }
}
