package org.attribution;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.attribution.testing.AttributionInvariants;
import org.junit.jupiter.api.Test;

/**
 * Random texts mixing news sentences with the broken text of scraped pages (garbage bytes, control
 * characters, astral and right-to-left characters, markup, runs of quote marks, nested and
 * unbalanced quotes, very long words), run through the shared extractor. Each must give a result
 * whose spans hold, without any exception. The generator is seeded, so a failure names the seed and
 * case that reproduce it; {@code -Dfuzz.seed=N -Dfuzz.cases=N} change the run. The run is a number
 * of cases, not a time budget, so that a slow or busy machine tries the same texts as a fast one.
 */
class ExtractionFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20241128L);
  private static final int CASES = Integer.getInteger("fuzz.cases", 100);

  private static final String[] SENTENCES = {
    "\"We will win the final,\" said John Smith, the coach of the team.",
    "The minister said that taxes would rise next year.",
    "\u201cIt is over,\u201d she told Reuters on Monday.",
    "According to a statement from the ministry, prices fell by 3%.",
    "Mr. Smith added: \"There is no plan B.\"",
    "\u00abNous gagnerons\u00bb, a d\u00e9clar\u00e9 l'entra\u00eeneur.",
    "Officials, who spoke on condition of anonymity, denied the report.",
    "\"Never,\" he said. \"Not once.\"",
  };
  private static final String[] MARKUP = {
    "<p>",
    "</p>",
    "<br/>",
    "<a href=\"https://example.org/?a=1&b=2\">",
    "</a>",
    "&quot;",
    "&amp;",
    "<script>var q = \"x\";</script>",
    "<!-- note -->",
    "**",
    "> ",
    "[link](https://example.org \"t\")",
  };
  private static final String QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e'`\u2018\u2019";

  private final List<Function<Random, String>> fragments =
      List.of(
          r -> SENTENCES[r.nextInt(SENTENCES.length)],
          r -> MARKUP[r.nextInt(MARKUP.length)],
          r -> " ",
          r -> "\n\n",
          ExtractionFuzzTest::quoteMarks,
          ExtractionFuzzTest::codePoints,
          ExtractionFuzzTest::controls,
          ExtractionFuzzTest::garbage,
          ExtractionFuzzTest::nestedQuote,
          ExtractionFuzzTest::longWord);

  @Test
  void everyTextGivesAttributionsWhoseSpansHoldAndNoException() {
    AttributionExtractor extractor = AttributionExtractor.defaultExtractor();
    Random random = new Random(SEED);
    for (int run = 0; run < CASES; run++) {
      String text = text(random);
      try {
        AttributionInvariants.assertHold(text, extractor.extract(Document.of("fuzz-" + run, text)));
      } catch (RuntimeException | AssertionError e) {
        fail(
            String.format(
                Locale.ROOT, "case %d of seed %d failed on the text %s", run, SEED, escaped(text)),
            e);
      }
    }
  }

  private String text(Random random) {
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(30);
    for (int i = 0; i < parts; i++) {
      text.append(fragments.get(random.nextInt(fragments.size())).apply(random));
    }
    return text.toString();
  }

  private static String quoteMarks(Random random) {
    StringBuilder marks = new StringBuilder();
    for (int i = random.nextInt(40); i >= 0; i--) {
      marks.append(QUOTE_MARKS.charAt(random.nextInt(QUOTE_MARKS.length())));
      if (random.nextBoolean()) {
        marks.append(random.nextBoolean() ? " " : "word");
      }
    }
    return marks.toString();
  }

  /** Any code units at all, astral pairs, right-to-left marks and lone surrogates included. */
  private static String codePoints(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(60); i >= 0; i--) {
      switch (random.nextInt(4)) {
        case 0 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
        case 1 -> text.append((char) (0x0590 + random.nextInt(0x200)));
        case 2 -> text.append((char) random.nextInt(0x10000));
        default -> text.append("\u202e\u200f\u200b\ufeff\u0301".charAt(random.nextInt(5)));
      }
    }
    return text.toString();
  }

  private static String controls(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(20); i >= 0; i--) {
      text.append(
          (char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21)));
    }
    return text.toString();
  }

  /** Random bytes read as UTF-8, as a binary file named {@code .txt} is. */
  private static String garbage(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(400)];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String nestedQuote(Random random) {
    int depth = 1 + random.nextInt(30);
    StringBuilder text = new StringBuilder("He said ");
    for (int i = 0; i < depth; i++) {
      text.append(i % 2 == 0 ? "\"" : "'").append("they said ");
    }
    text.append("no");
    for (int i = depth - 1; i >= 0; i--) {
      if (random.nextInt(5) > 0) { // now and then a mark is missing
        text.append(i % 2 == 0 ? "\"" : "'");
      }
    }
    return text.append('.').toString();
  }

  private static String longWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(2000); i >= 0; i--) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)));
    return out.append('"').toString();
  }
}
