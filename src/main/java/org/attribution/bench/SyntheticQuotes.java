package org.attribution.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * A made-up archive of quotations in the shape {@code extract --keep-fields date,url,outlet}
 * writes, for measuring and testing the quote index at any size. Words are drawn from a vocabulary
 * with a Zipf-like skew, so common word runs are shared by many unrelated quotes, as in news; about
 * half the occurrences repeat an earlier quotation, popular ones more often, as it was said,
 * re-punctuated with other marks, cut short, elided, in other case, or credited to someone else; a
 * few are short phrases such as {@code no comment}. Ten occurrences make a document, dated within
 * two years, from one of fifty outlets. Speakers are people, named in full, by a pronoun or by an
 * honorific and surname.
 *
 * <p>The same seed and size give the same lines. Not thread-safe.
 */
public final class SyntheticQuotes {

  private static final int VOCABULARY = 5_000;
  private static final int SPEAKERS = 20_000;
  private static final int OUTLETS = 50;
  private static final int PER_DOCUMENT = 10;
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa", "gu", "ri", "mo", "te", "za", "bi",
    "no", "le"
  };
  private static final String[] SHORT_PHRASES = {
    "No comment.",
    "We will see.",
    "Absolutely not.",
    "It is done.",
    "Thank you.",
    "Not at all.",
    "Time will tell."
  };

  private final SplittableRandom random;
  private final String[] words = new String[VOCABULARY];
  private final List<String> quotes = new ArrayList<>();
  private final List<Integer> saidBy = new ArrayList<>();

  public SyntheticQuotes(long seed) {
    random = new SplittableRandom(seed);
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = name(i);
    }
  }

  /** Writes {@code occurrences} occurrences as JSON Lines, one document a line. */
  public void write(int occurrences, Writer out) throws IOException {
    for (int start = 0; start < occurrences; start += PER_DOCUMENT) {
      int document = start / PER_DOCUMENT;
      List<Attribution> attributions = new ArrayList<>();
      int offset = 0;
      for (int k = 0; k < Math.min(PER_DOCUMENT, occurrences - start); k++) {
        String[] said = occurrence();
        attributions.add(
            Attribution.builder(
                    AttributionType.DIRECT, said[0], Span.of(offset, offset + said[0].length()))
                .speaker(
                    mention(said[1], document + k),
                    Span.of(
                        offset + said[0].length() + 1,
                        offset + said[0].length() + 1 + mention(said[1], document + k).length()))
                .speakerCanonical(said[1])
                .speakerKind(SpeakerKind.PERSON)
                .build());
        offset += said[0].length() + said[1].length() + 20;
      }
      ObjectNode line = AttributionJson.document("doc-" + document, attributions);
      LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
      int outlet = random.nextInt(OUTLETS);
      ObjectNode kept =
          AttributionJson.MAPPER
              .createObjectNode()
              .put("id", "doc-" + document)
              .put(
                  "date",
                  String.format(
                      Locale.ROOT, "%sT%02d:%02d:00Z", day, random.nextInt(24), random.nextInt(60)))
              .put("url", "https://outlet" + outlet + ".example/" + day + "/doc-" + document)
              .put("outlet", "Outlet " + outlet);
      kept.set("attributions", line.get("attributions"));
      out.write(AttributionJson.MAPPER.writeValueAsString(kept) + "\n");
    }
  }

  /**
   * The words naming {@code speaker} at place {@code n}, as news varies them: the full name, or
   * (one place in five each) a pronoun or an honorific and the surname, {@code she} and {@code Ms.}
   * for the speakers whose first name ends in a vowel that is not {@code o}. A function of the
   * place, so that the archive is the same as before the mentions varied.
   */
  private static String mention(String speaker, int n) {
    boolean female =
        "aeiu".indexOf(speaker.split(" ")[0].charAt(speaker.split(" ")[0].length() - 1)) >= 0;
    return switch (Math.floorMod(n * 0x9E3779B1, 5)) {
      case 0 -> female ? "she" : "he";
      case 1 -> (female ? "Ms. " : "Mr. ") + speaker.substring(speaker.indexOf(' ') + 1);
      default -> speaker;
    };
  }

  /** The content and the speaker of the next occurrence. */
  private String[] occurrence() {
    double roll = random.nextDouble();
    if (roll < 0.03) {
      return new String[] {
        SHORT_PHRASES[random.nextInt(SHORT_PHRASES.length)], speaker(random.nextInt(SPEAKERS))
      };
    }
    if (quotes.isEmpty() || roll < 0.5) {
      quotes.add(newQuote());
      saidBy.add(random.nextInt(SPEAKERS));
      return new String[] {quotes.get(quotes.size() - 1), speaker(saidBy.get(saidBy.size() - 1))};
    }
    // Popular quotations are repeated far more often than the rest.
    int pick = (int) (quotes.size() * Math.pow(random.nextDouble(), 4));
    String text = quotes.get(pick);
    int speaker = random.nextDouble() < 0.1 ? random.nextInt(SPEAKERS) : saidBy.get(pick);
    return new String[] {variant(text), speaker(speaker)};
  }

  private String newQuote() {
    int length = 8 + random.nextInt(23);
    StringBuilder quote = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String word = words[zipf()];
      quote.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      quote.append(i == length - 1 ? "." : random.nextInt(8) == 0 ? ", " : " ");
    }
    return quote.toString();
  }

  private String variant(String text) {
    String[] w = text.split(" ");
    double roll = random.nextDouble();
    if (roll < 0.4) {
      return text;
    }
    if (roll < 0.55) {
      return "“" + text.replace(",", ";").replace(".", "") + "”";
    }
    if (roll < 0.7 && w.length >= 8) {
      int keep = 6 + random.nextInt(w.length - 6);
      boolean start = random.nextBoolean();
      return String.join(
          " ", start ? List.of(w).subList(0, keep) : List.of(w).subList(w.length - keep, w.length));
    }
    if (roll < 0.8 && w.length >= 10) {
      int from = 3 + random.nextInt(w.length - 8);
      int to = from + 1 + random.nextInt(Math.min(4, w.length - from - 4));
      return String.join(" ", List.of(w).subList(0, from))
          + " [...] "
          + String.join(" ", List.of(w).subList(to, w.length));
    }
    return roll < 0.9 ? text.toUpperCase(Locale.ROOT) : "\"" + text + "\"";
  }

  /** A word rank, skewed to the common ones (about Zipf's law with exponent 1). */
  private int zipf() {
    return (int) Math.min(VOCABULARY - 1, Math.exp(random.nextDouble() * Math.log(VOCABULARY)) - 1);
  }

  private String speaker(int n) {
    String first = name(n % 997 + 7);
    String last = name(n / 997 + 1013);
    return Character.toUpperCase(first.charAt(0))
        + first.substring(1)
        + " "
        + Character.toUpperCase(last.charAt(0))
        + last.substring(1);
  }

  /** A pronounceable made-up word for {@code n}, distinct for distinct {@code n}. */
  private static String name(int n) {
    StringBuilder word = new StringBuilder();
    int rest = n;
    do {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    } while (rest > 0);
    return word.toString();
  }
}
