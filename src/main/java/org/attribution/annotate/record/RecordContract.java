package org.attribution.annotate.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.BinarySearch;

/**
 * The one shape every profile's records take, whatever found their spans:
 *
 * <ul>
 *   <li>a content part holds no white space, no comma, colon or dash at its ends ({@code , the bill
 *       would pass} becomes {@code the bill would pass}), nor a relative pronoun after a comma at
 *       its end ({@code ties with Russia, which} becomes {@code ties with Russia}), nor an aside
 *       about the source at its start ({@code who did not wish to be named, tenders were awarded}
 *       becomes {@code tenders were awarded}), and a part that is a relative pronoun alone is
 *       dropped;
 *   <li>a part that is one whole quote, alone or after {@code that}, is the quote without its marks
 *       ({@code that "We will win,"} becomes {@code We will win,}), and so is a part inside a quote
 *       but for a mark at its ends ({@code "And we will stay.} becomes {@code And we will stay.});
 *   <li>the type follows from the parts and the quotes of the text: {@link AttributionType#DIRECT}
 *       when every part lies inside a quote, {@link AttributionType#MIXED} when a quote, double or
 *       single, overlaps a part, else {@link AttributionType#INDIRECT};
 *   <li>a speaker or a document holds no punctuation at its ends ({@code Mick Whelan, Aslef's
 *       general secretary,} and {@code the bank's report, released Wednesday,} lose their last
 *       comma) nor a relative pronoun after a comma ({@code A senior official, who}), and a cue
 *       neither ({@code added:} becomes {@code added}) nor a possessive mark before it ({@code '
 *       worries about} becomes {@code worries about}).
 * </ul>
 *
 * <p>Both assemblers, the rules' and the learned tagger's, build their records through {@link
 * CandidateRecord}, which applies it. Stateless and thread-safe.
 */
final class RecordContract {

  /** The marks that open or close a quote, double or single, straight or curly. */
  private static final String QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'";

  /** Characters a content part never begins or ends with. */
  private static final String PART_EDGES = ",;:\u2014\u2013-";

  /**
   * Characters a speaker never begins or ends with (a name may end with the dot of {@code Jr.} or
   * the bracket of {@code (D-Mo.)}).
   */
  private static final String NAME_EDGES = PART_EDGES + QUOTE_MARKS;

  /** Characters a cue never begins or ends with. */
  private static final String CUE_EDGES = NAME_EDGES + ".!?()[]";

  /** A relative clause about a person, of two words or more, and the comma that closes it. */
  private static final Pattern LEADING_ASIDE =
      Pattern.compile("(?i)(?:who|whom)(?:\\s+[^\\s,]+){2,},");

  /** Relative pronouns a part never ends with. */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

  private RecordContract() {}

  /**
   * The parts, each trimmed, in text order; {@code parts} itself if trimming leaves nothing.
   *
   * @param source the speaker's or the document's span, or null
   */
  static List<Span> parts(List<Span> parts, List<QuotedSpan> quotes, String text, Span source) {
    List<Span> out = new ArrayList<>();
    for (Span part : parts) {
      Span trimmed = part(part, quotes, text, source);
      if (trimmed != null) {
        out.add(trimmed);
      }
    }
    return out.isEmpty() ? parts : List.copyOf(out);
  }

  private static Span part(Span part, List<QuotedSpan> allQuotes, String text, Span source) {
    List<QuotedSpan> quotes = overlapping(allQuotes, part);
    if (quotes.stream().anyMatch(q -> q.inner().contains(part))) {
      return trim(part, text, "", ""); // a quote's words as spoken, its commas too
    }
    Span unmarked = trim(part, text, QUOTE_MARKS, QUOTE_MARKS);
    for (QuotedSpan q : quotes) {
      if (unmarked != null && q.outer().contains(part) && q.inner().contains(unmarked)) {
        // a tagger's part may take in one of its quote's own marks
        return trim(
            Span.of(
                Math.max(part.begin(), q.inner().begin()), Math.min(part.end(), q.inner().end())),
            text,
            "",
            "");
      }
    }
    Span s =
        withoutLeadingAside(
            withoutDanglingRelative(trim(part, text, PART_EDGES, PART_EDGES), text), text, source);
    if (s == null || RELATIVES.contains(s.in(text).toLowerCase(Locale.ROOT))) {
      return null; // a relative pronoun alone is no part: "which" of "which he referred to as"
    }
    Span rest =
        s.in(text).toLowerCase(Locale.ROOT).startsWith("that ")
            ? trim(Span.of(s.begin() + 5, s.end()), text, "", "")
            : s;
    for (QuotedSpan q : quotes) {
      if (rest != null && q.outer().begin() == rest.begin() && closesAt(q, rest, text)) {
        return q.inner();
      }
    }
    return s;
  }

  /**
   * {@code part} without a relative pronoun after a comma at its end, whose clause belongs to the
   * next attribution ({@code ties with Russia, which the leader referred to as ...}); null for
   * null.
   */
  private static Span withoutDanglingRelative(Span part, String text) {
    if (part == null) {
      return null;
    }
    String words = part.in(text);
    int comma = words.lastIndexOf(',');
    if (comma > 0
        && RELATIVES.contains(words.substring(comma + 1).strip().toLowerCase(Locale.ROOT))) {
      return trim(Span.of(part.begin(), part.begin() + comma), text, "", PART_EDGES);
    }
    return part;
  }

  /**
   * {@code part} without the aside about its source it opens with right after the source, a
   * relative clause up to a comma ({@code who did not wish to be named, tenders have been awarded}
   * of {@code According to an official, who did not wish to be named, tenders have been awarded});
   * null for null.
   */
  private static Span withoutLeadingAside(Span part, String text, Span source) {
    if (part == null
        || source == null
        || source.end() > part.begin()
        || !text.substring(source.end(), part.begin()).strip().equals(",")) {
      return part;
    }
    Matcher aside = LEADING_ASIDE.matcher(part.in(text));
    return aside.lookingAt() && aside.end() < part.length()
        ? trim(Span.of(part.begin() + aside.end(), part.end()), text, "", "")
        : part;
  }

  /** True when the quote ends where {@code part} does, or before nothing but punctuation. */
  private static boolean closesAt(QuotedSpan q, Span part, String text) {
    if (q.outer().end() > part.end()) {
      return false;
    }
    for (int i = q.outer().end(); i < part.end(); i++) {
      if (",.;:".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the trimmed {@code parts} are quoted, reported with a quote, or reported. */
  static AttributionType type(List<Span> parts, List<QuotedSpan> quotes) {
    boolean allQuoted = true;
    boolean anyQuote = false;
    for (Span part : parts) {
      boolean inside = false;
      for (QuotedSpan q : overlapping(quotes, part)) {
        inside |= q.inner().contains(part);
        anyQuote |= q.outer().overlaps(part);
      }
      allQuoted &= inside;
    }
    return allQuoted
        ? AttributionType.DIRECT
        : anyQuote ? AttributionType.MIXED : AttributionType.INDIRECT;
  }

  /**
   * The quotes that overlap {@code span}, found by binary search: a document's quotes are in text
   * order without overlaps, so their begins and ends both ascend, and a scan of every quote for
   * every part would make a quote-dense text cost quadratic time.
   */
  private static List<QuotedSpan> overlapping(List<QuotedSpan> quotes, Span span) {
    int from =
        BinarySearch.first(0, quotes.size(), i -> quotes.get(i).outer().end() > span.begin());
    int to =
        BinarySearch.first(from, quotes.size(), i -> quotes.get(i).outer().begin() >= span.end());
    return quotes.subList(from, to);
  }

  /**
   * A speaker's or a document's span without punctuation at its ends nor a relative pronoun after a
   * comma ({@code A senior official, who} becomes {@code A senior official}); null for null.
   */
  static Span source(Span source, String text) {
    if (source == null) {
      return null;
    }
    Span s = trim(withoutDanglingRelative(source, text), text, NAME_EDGES, NAME_EDGES);
    return s == null ? source : s;
  }

  /** A cue's span without punctuation or a possessive mark at its ends; null for null. */
  static Span cue(Span cue, String text) {
    if (cue == null) {
      return null;
    }
    Span s = trim(cue, text, CUE_EDGES, CUE_EDGES);
    if (s != null && s.in(text).startsWith("s ") && s.begin() > cue.begin()) {
      s = trim(Span.of(s.begin() + 1, s.end()), text, "", ""); // the s of a cut "'s"
    }
    return s == null ? cue : s;
  }

  /**
   * {@code span} without white space and the characters of {@code head} at its start and of {@code
   * tail} at its end; null when nothing is left.
   */
  private static Span trim(Span span, String text, String head, String tail) {
    int begin = span.begin();
    int end = span.end();
    while (begin < end
        && (head.indexOf(text.charAt(begin)) >= 0 || Character.isWhitespace(text.charAt(begin)))) {
      begin++;
    }
    while (end > begin
        && (tail.indexOf(text.charAt(end - 1)) >= 0
            || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return begin == end ? null : Span.of(begin, end);
  }
}
