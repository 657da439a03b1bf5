package org.attribution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Span;

/**
 * The stretches of a crawled news page that are page furniture rather than reporting: link labels
 * ({@code READ MORE: Council votes to close library}, {@code WATCH: ...}), bylines ({@code By Jane
 * Doe}, {@code Jane Doe | Reuters}), photo captions and credits ({@code (Photo: ...)}, {@code
 * Photograph: ...}), datelines ({@code OTTAWA —}, {@code WASHINGTON (Reuters) -}) and a comment
 * section, from its heading ({@code Comments (12)}) to the end of the text.
 *
 * <p>A label is an all-capital word or two and a colon opening a line whose rest reads as a
 * headline, with no closing full stop, question or exclamation mark; a transcript's speaker label
 * ({@code PENCE: Well, I think so.}) is followed by sentences and is not noise. A dateline may end
 * in a colon too ({@code MUMBAI: The civic body ...}, as Indian and Pakistani papers write them):
 * an all-capital word or three and a colon opening one of the text's first three lines, when no
 * other line opens that way (a transcript's speaker labels recur).
 *
 * <p>Stateless and thread-safe. This is internal machinery: not part of the public API.
 */
public final class WebNoise {

  private static final Pattern LABEL =
      Pattern.compile(
          "(?m)^[ \\t]*[A-Z][A-Z'&]+(?: [A-Z][A-Z'&]+){0,2}:[ \\t]+[^\\n]*[^.!?\"\u201d\u2019\\s][ \\t]*$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:By|BY) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}"
              + "(?:(?:,| and) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3})*[ \\t]*(?:[|,][^\\n]{0,40})?$"
              + "|(?m)^[ \\t]*[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){1,3} \\| [^\\n]{1,40}$");
  private static final Pattern CAPTION =
      Pattern.compile(
          "\\((?:Photo|Photograph|Image|Picture|File photo|Credit)s?(?: by)?:?[^)\\n]*\\)"
              + "|(?m)^[ \\t]*(?:Photo|Photograph|Image|Picture|Credit|Caption)s?(?: by)?:[^\\n]*$");
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[ \\t]*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}(?: \\([A-Za-z. ]+\\))?[ \\t]*[\u2014\u2013-]{1,2}(?=[ \\t])");

  /**
   * A comment section: its heading on a line of its own ({@code Comments (12)}, {@code 3 comments},
   * {@code Leave a Reply}) and everything after it, readers' posts rather than the article.
   */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "(?m)^[ \\t]*(?:(?:\\d+ )?(?:Comments?|COMMENTS?)(?: \\(\\d+\\))?"
              + "|Leave a (?:Reply|reply|Comment|comment)|Join the (?:conversation|discussion))"
              + "[ \\t]*:?[ \\t]*$(?s:.*)");

  private static final Pattern CAPITALS_AND_COLON =
      Pattern.compile("(?m)^[ \\t]*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}:(?=[ \\t])");

  /** Lines of text (headline, date) a colon dateline may follow. */
  private static final int DATELINE_LINES = 2;

  private WebNoise() {}

  /** The noise stretches of {@code text}, in the order of the patterns (they may overlap). */
  public static List<Span> in(String text) {
    List<Span> noise = new ArrayList<>();
    for (Pattern p : List.of(LABEL, BYLINE, CAPTION, DATELINE, COMMENTS)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        noise.add(Span.of(m.start(), m.end()));
      }
    }
    Span colonDateline = colonDateline(text, noise);
    if (colonDateline != null) {
      noise.add(colonDateline);
    }
    return noise;
  }

  /**
   * The one line-opening run of capitals and a colon in {@code text}, outside the {@code noise}
   * found (link labels), when it opens one of its first lines ({@code MUMBAI:}); null when there is
   * none, or more than one (speaker labels). Each run is checked against the noise by binary
   * search, so that a page of a thousand labels costs no more than its length.
   */
  private static Span colonDateline(String text, List<Span> noise) {
    List<Span> sorted = noise.stream().sorted(Comparator.comparingInt(Span::begin)).toList();
    int[] reach = new int[sorted.size()]; // the furthest end of the noise beginning up to each
    for (int i = 0; i < reach.length; i++) {
      reach[i] = Math.max(i > 0 ? reach[i - 1] : 0, sorted.get(i).end());
    }
    Span found = null;
    Matcher m = CAPITALS_AND_COLON.matcher(text);
    while (m.find()) {
      int start = m.start();
      int before = BinarySearch.first(0, sorted.size(), i -> sorted.get(i).begin() > start);
      if (before == 0 || reach[before - 1] < m.end()) {
        if (found != null) {
          return null;
        }
        found = Span.of(start, m.end());
      }
    }
    boolean early =
        found != null
            && text.substring(0, found.begin()).lines().filter(l -> !l.isBlank()).count()
                <= DATELINE_LINES;
    return early ? found : null;
  }

  /**
   * {@code span} without the {@code noise} at its ends, and without the white space the noise
   * leaves ({@code WATCH: Drone footage\n\n"It was a wall of flame,"} keeps the quote); null when
   * nothing is left.
   */
  public static Span cut(Span span, List<Span> noise, String text) {
    Span rest = span;
    for (Span n : noise) {
      if (n.contains(rest)) {
        return null;
      }
      if (n.overlaps(rest) && n.begin() <= rest.begin()) {
        int begin = n.end();
        while (begin < rest.end() && Character.isWhitespace(text.charAt(begin))) {
          begin++;
        }
        if (begin == rest.end()) {
          return null;
        }
        rest = Span.of(begin, rest.end());
      } else if (n.overlaps(rest) && n.end() >= rest.end()) {
        rest = Span.of(rest.begin(), n.begin());
      }
    }
    return rest;
  }
}
