package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;

/**
 * The texts {@link CostBenchmark} measures, of any length: news built from real articles, news
 * dense with quotes and their cues, and the hostile texts a crawl can hold (runs of quote marks,
 * slashes and control characters, binary garbage, run-on paragraphs of cues and quotes). Each kind
 * is a pure function of its length (and seed), so runs can be compared. Immutable and thread-safe.
 *
 * <pre>{@code
 * String dense = CostTexts.Kind.QUOTE_DENSE.text(50_000, texts);
 * }</pre>
 */
final class CostTexts {

  /** What a cost text is made of. */
  enum Kind {
    /** The given articles one after another, repeated, paragraphs separated by a blank line. */
    NEWS(CostTexts::news),
    /** Synthetic news paragraphs in which most sentences are quotes with their cue and speaker. */
    QUOTE_DENSE(CostTexts::quoteDense),
    /** Nothing but straight double quote marks. */
    QUOTE_MARKS((length, texts) -> "\"".repeat(length)),
    /** ASCII control characters (U+0000–U+001F and U+007F) drawn at random. */
    CONTROL_CHARACTERS((length, texts) -> texts.random(length, 0x21, c -> c == 0x20 ? 0x7f : c)),
    /** Nothing but the file separator U+001C. */
    FILE_SEPARATORS((length, texts) -> "\u001c".repeat(length)),
    /** {@code "a"a"a…}: quote marks and letters, without a space. */
    QUOTED_LETTERS((length, texts) -> repeated("\"a", length)),
    /** Nothing but slashes. */
    SLASHES((length, texts) -> "/".repeat(length)),
    /** Bytes read as Latin-1: U+0000–U+00FF drawn at random. */
    BINARY((length, texts) -> texts.random(length, 0x100, c -> c)),
    /** Bytes 0x80–0xFF read as Latin-1 (U+0080–U+00FF) drawn at random: no ASCII at all. */
    LATIN1_BYTES((length, texts) -> texts.random(length, 0x80, c -> c + 0x80)),
    /** {@code a b c … z a b …}: one-letter words, one token per two characters. */
    SPACED_LETTERS(
        (length, texts) ->
            repeated("a b c d e f g h i j k l m n o p q r s t u v w x y z ", length)),
    /** {@code He said "this will never end" } repeated: one paragraph without a full stop. */
    SAID_QUOTES((length, texts) -> repeated("He said \"this will never end\" ", length)),
    /** {@code He said “this will never end } repeated: quotes that never close, no full stop. */
    UNCLOSED_QUOTES((length, texts) -> repeated("He said \u201cthis will never end ", length));

    private final BiFunction<Integer, CostTexts, String> maker;

    Kind(BiFunction<Integer, CostTexts, String> maker) {
      this.maker = maker;
    }

    String text(int length, CostTexts texts) {
      return maker.apply(length, texts);
    }
  }

  private static final List<String> PEOPLE =
      List.of(
          "Anna Reyes",
          "Tom Okafor",
          "Priya Natarajan",
          "Carl Jensen",
          "Maria Lopez",
          "David Chen",
          "Grace Mbeki",
          "Luis Ortega",
          "Helen Park",
          "Samuel Adeyemi");
  private static final List<String> DESCRIPTIONS =
      List.of(
          "the mayor",
          "a union spokeswoman",
          "the city's finance director",
          "an engineer on the project",
          "a spokesman for the port authority",
          "the council's chairwoman");
  private static final List<String> VERBS =
      List.of("said", "added", "warned", "told reporters", "explained");
  private static final List<String> CLAIMS =
      List.of(
          "We will keep the bridge open for as long as it is safe",
          "Nobody expected the repairs to cost this much",
          "The council has to decide before the winter comes",
          "Our members are ready to strike if the talks fail",
          "I think the plan is the best we can do with the money we have",
          "This is not about politics, it is about safety",
          "The numbers simply do not add up",
          "We asked for a meeting three times and heard nothing back");

  private final List<String> articles;
  private final long seed;

  /**
   * @param articles the articles news is made of, at least one
   */
  CostTexts(List<String> articles, long seed) {
    checkArgument(!articles.isEmpty(), "no articles to build news from");
    this.articles = List.copyOf(articles);
    this.seed = seed;
  }

  /** One sentence of quote-dense news, in one of the shapes news gives quotes. */
  private static String quoteSentence(Random random) {
    String person = pick(PEOPLE, random);
    String surname = person.substring(person.indexOf(' ') + 1);
    String claim = pick(CLAIMS, random);
    String verb = pick(VERBS, random);
    return switch (random.nextInt(6)) {
      case 0 -> "\"" + claim + ",\" " + person + " said.";
      case 1 -> person + ", " + pick(DESCRIPTIONS, random) + ", said: \"" + claim + ".\"";
      case 2 -> "\"" + claim + ",\" " + surname + " " + verb + ". \"And we will say so again.\"";
      case 3 ->
          "\"" + claim + ",\" said " + pick(DESCRIPTIONS, random) + ", \"and everyone knows it.\"";
      case 4 ->
          "According to "
              + surname
              + ", the repairs will take "
              + (2 + random.nextInt(20))
              + " months.";
      default -> "\"" + claim + "?\" she asked.";
    };
  }

  private static String news(int length, CostTexts texts) {
    StringBuilder out = new StringBuilder(length + 100);
    for (int i = 0; out.length() < length; i++) {
      out.append(texts.articles.get(i % texts.articles.size()).strip()).append("\n\n");
    }
    return out.substring(0, length);
  }

  private static String quoteDense(int length, CostTexts texts) {
    Random random = new Random(texts.seed);
    StringBuilder out = new StringBuilder(length + 500);
    while (out.length() < length) {
      for (int sentence = 0; sentence < 5; sentence++) {
        out.append(quoteSentence(random)).append(' ');
      }
      out.setLength(out.length() - 1);
      out.append("\n\n");
    }
    return out.substring(0, length);
  }

  /** {@code length} characters {@code map(c)}, each {@code c} drawn below {@code bound}. */
  private String random(int length, int bound, IntUnaryOperator map) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      out.append((char) map.applyAsInt(random.nextInt(bound)));
    }
    return out.toString();
  }

  /** {@code unit} repeated, cut to {@code length}. */
  private static String repeated(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }
}
