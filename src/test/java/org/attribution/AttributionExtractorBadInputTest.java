package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.attribution.pipeline.AttributionPipeline;
import org.attribution.pipeline.ProfilePipelines;
import org.attribution.testing.AttributionInvariants;
import org.attribution.testing.CpuBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared extractor (or each profile's pipeline) on the broken text that scraped pages hold:
 * each case gives a result whose spans hold, or the documented exception. No case is timed by the
 * clock, since a busy machine would fail it: the batch's time limit per document is what bounds a
 * run, and what each case costs is a figure to measure. The paragraph at the length limit runs
 * within a processor-time budget far beyond its need, which only a cost quadratic in its length
 * exceeds.
 */
class AttributionExtractorBadInputTest {

  private static final CpuBudget PARAGRAPH_BUDGET = CpuBudget.of(Duration.ofSeconds(60));

  private static AttributionExtractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = AttributionExtractor.defaultExtractor();
  }

  @Test
  void findsNothingInEmptyOrBlankText() {
    assertThat(extract("")).isEmpty();
    assertThat(extract(" \n\t\r\n \u00a0\u2003\u2028 ")).isEmpty();
  }

  @Test
  void takesBinaryGarbageDecodedFromInvalidUtf8() {
    byte[] bytes = new byte[4000];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\ufffd", "\u0000");

    extract(text);
  }

  @Test
  void findsTheQuoteAroundNulAndControlCharacters() {
    String text =
        "\u0000\"We will\u0007 win the final,\" said\u001b the coach on\u0000 Sunday.\u0001\u007f\u009b";

    assertThat(extract(text))
        .singleElement()
        .satisfies(a -> assertThat(a.content()).startsWith("We will\u0007 win the final"));
  }

  @Test
  void keepsSpansAsStringIndicesAroundEmojiAndAstralCharacters() {
    String text =
        "\ud83d\ude00\ud83d\ude00 \"We will \ud835\udd4ein the \ud83c\udfc6 final \ud83d\ude00,\""
            + " said John Smith. \ud83d\udc4d \ud835\udc9c\ud835\udc9e.";

    List<Attribution> found = extract(text);

    assertThat(found)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.content())
                  .startsWith("We will \ud835\udd4ein the \ud83c\udfc6 final \ud83d\ude00");
              assertThat(a.contentSpan().begin()).isEqualTo(text.indexOf("We will"));
              assertThat(a.speaker()).isEqualTo("John Smith");
            });
  }

  @Test
  void takesRightToLeftAndNonEnglishText() {
    String text =
        "\"\u0646\u062d\u0646 \u0633\u0646\u0646\u062a\u0635\u0631,\" \u0642\u0627\u0644 \u0627\u0644\u0645\u062f\u0631\u0628."
            + " \u200f\"\u05d0\u05e0\u05d7\u05e0\u05d5 \u05e0\u05e0\u05e6\u05d7\", \u05d0\u05de\u05e8 \u05d4\u05de\u05d0\u05de\u05df.\n\n"
            + "\u201c\u6211\u4eec\u4f1a\u8d62\uff0c\u201d\u6559\u7ec3\u8bf4\u3002"
            + "\u00ab\u041c\u044b \u043f\u043e\u0431\u0435\u0434\u0438\u043c\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u0442\u0440\u0435\u043d\u0435\u0440.\n\n"
            + "\"We will win the final,\" the coach \u202esaid\u202c on Sunday.";

    assertThat(extract(text)).extracting(Attribution::content).contains("We will win the final,");
  }

  @Test
  void readsThroughMarkupLeftInTheText() {
    String text =
        "<div class=\"story\"><p>The coach said <a href=\"https://example.org/a?b=1\">on Sunday</a>"
            + " that the team would win.</p><p>\"We are ready,\" Smith told <i>Reuters</i>.<br/></p></div>";

    List<Attribution> found = extract(text);

    assertThat(found)
        .extracting(Attribution::speaker)
        .contains("Smith")
        .noneMatch(s -> s != null && s.contains("<"));
    assertThat(found).extracting(Attribution::content).contains("We are ready,");
  }

  @Test
  void findsNothingInTextOfOnlyQuoteMarks() {
    assertThat(extract("\"".repeat(3000) + "\u201c\u201d\u00ab\u00bb\u201e''``".repeat(500)))
        .isEmpty();
  }

  @Test
  void keepsSpansOverThousandsOfUnbalancedQuotes() {
    extract("\"Tom said it ".repeat(5000));
    extract("\"Tom said it. ".repeat(2000));
    extract("He said: \u201cno. ".repeat(2000) + "\u201d".repeat(2000));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void keepsSpansOverAHundredNestedQuotes(Profile profile) {
    StringBuilder text = new StringBuilder("The officer said ");
    for (int depth = 0; depth < 100; depth++) {
      text.append(depth % 2 == 0 ? "\"" : "'").append("person ").append(depth).append(" said ");
    }
    text.append("stop");
    for (int depth = 99; depth >= 0; depth--) {
      text.append(depth % 2 == 0 ? "\"" : "'");
    }
    text.append(". Then everyone went home.");

    String paragraph = text.toString();
    AttributionInvariants.assertHold(paragraph, ProfilePipelines.of(profile).annotate(paragraph));
  }

  /**
   * One sentence of 200,000 tokens with a quote every few words. Not run with {@code LEARNED}: its
   * encoder alone costs about 80 CPU-seconds on a million characters of such words, linear in the
   * length ({@code CostBenchmark}, docs/limits.md), too much for a unit test and too close to any
   * budget that would catch a quadratic stage; the look-ups that made its linking quadratic are
   * counted in {@code ParsedSentenceTest}.
   */
  @ParameterizedTest
  @EnumSource(names = {"FAST", "ACCURATE"})
  void takesAParagraphAsLongAsTheLimitWithoutASentenceEnd(Profile profile) throws Exception {
    StringBuilder text = new StringBuilder(AttributionExtractor.MAX_TEXT_LENGTH);
    String[] words = {
      "the", "coach", "said", "\"we", "will", "win\"", "and", "minister", "budget,", "Smith"
    };
    Random random = new Random(3);
    while (text.length() < AttributionExtractor.MAX_TEXT_LENGTH - 10) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }

    String paragraph = text.toString();
    AttributionPipeline pipeline = ProfilePipelines.of(profile);
    // a budget some thirty times what either profile needs, that only a quadratic cost exceeds
    List<Attribution> found = PARAGRAPH_BUDGET.run(() -> pipeline.annotate(paragraph));
    AttributionInvariants.assertHold(paragraph, found);
  }

  @Test
  void rejectsATextLongerThanTheLimitWithAClearMessage() {
    String fiveMegabytes = "word ".repeat(1_000_000);

    assertThatThrownBy(() -> extractor.extract(Document.of("dump", fiveMegabytes)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"dump\" has 5000000 characters, more than the limit of 1000000");
  }

  /** Extracts and checks the spans of what is found. */
  private static List<Attribution> extract(String text) {
    List<Attribution> found = extractor.extract(Document.of("bad", text));
    AttributionInvariants.assertHold(text, found);
    return found;
  }
}
