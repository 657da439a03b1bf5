package org.attribution.annotate.tagged;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.QuoteMarks;

/**
 * The sentence and the paragraph (text after a line break) of each offset of a text, found by
 * binary search over where each begins, and the spans nearest a span: what {@link
 * TaggedSpanLinker}'s rules measure nearness by.
 *
 * <p>Immutable and thread-safe.
 */
final class SpanLayout {

  /** How far after a quote its credit line's dash may begin: the closing mark and blanks. */
  private static final int MAX_CREDIT_GAP = 4;

  /** What may stand between a quote and its credit line's dash (final quotes are {@code Pf}). */
  private static final Pattern CREDIT_GAP = Pattern.compile("[\\p{Pf}\"' \u00a0.]*");

  private final String text;
  private final int[] sentenceBegins;
  private final int[] paragraphBegins;

  /**
   * @param sentences the text's sentences in order
   */
  SpanLayout(String text, List<Span> sentences) {
    this.text = text;
    this.sentenceBegins = sentences.stream().mapToInt(Span::begin).toArray();
    List<Integer> paragraphs = new ArrayList<>(List.of(0));
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i - 1) == '\n' && text.charAt(i) != '\n') {
        paragraphs.add(i);
      }
    }
    this.paragraphBegins = paragraphs.stream().mapToInt(Integer::intValue).toArray();
  }

  int sentence(int offset) {
    return indexAtOrBefore(sentenceBegins, offset);
  }

  /** Where sentence {@code n} begins: 0 before the first, the text's end after the last. */
  int sentenceBegin(int n) {
    return beginOf(sentenceBegins, n);
  }

  /** Where paragraph {@code n} begins, as {@link #sentenceBegin}. */
  int paragraphBegin(int n) {
    return beginOf(paragraphBegins, n);
  }

  int paragraph(int offset) {
    return indexAtOrBefore(paragraphBegins, offset);
  }

  /** Whether paragraph {@code n} ends with a colon, as one that introduces the next does. */
  boolean introducesNext(int n) {
    int end = Math.min(paragraphBegin(n + 1), text.length());
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > paragraphBegin(n) && text.charAt(end - 1) == ':';
  }

  private static int beginOf(int[] begins, int n) {
    return n <= 0 ? 0 : n < begins.length ? begins[n] : Integer.MAX_VALUE;
  }

  /** The index of the last of the sorted {@code begins} at or before {@code offset}, else 0. */
  private static int indexAtOrBefore(int[] begins, int offset) {
    int found = Arrays.binarySearch(begins, offset);
    return Math.max(0, found >= 0 ? found : -found - 2);
  }

  /** The spans of a sorted list that begin at or after {@code from} and before {@code to}. */
  static List<Span> beginningIn(List<Span> sorted, int from, int to) {
    int low = BinarySearch.first(0, sorted.size(), i -> sorted.get(i).begin() >= from);
    int high = BinarySearch.first(low, sorted.size(), i -> sorted.get(i).begin() >= to);
    return sorted.subList(low, high);
  }

  /**
   * The cue of the sorted {@code cues} that credits a quote at the end of its line, as a list of
   * quotes on a web page does ({@code "I'm so ashamed ..." ― Jacklyn Ashley}): it begins after
   * {@code content} with nothing but the closing mark and blanks between; null if none. The
   * sentence splitter breaks lines only at a blank line, so without this the quote went to the dash
   * of the line before, which shares its sentence.
   */
  Span creditAfter(Span content, List<Span> cues) {
    for (Span cue : beginningIn(cues, content.end(), content.end() + MAX_CREDIT_GAP)) {
      String between = text.substring(content.end(), cue.begin());
      boolean quoted =
          QuoteMarks.isQuoteMark(text.charAt(content.end() - 1))
              || between.chars().anyMatch(QuoteMarks::isQuoteMark);
      if (quoted && CREDIT_GAP.matcher(between).matches() && isDash(text.charAt(cue.begin()))) {
        return cue;
      }
    }
    return null;
  }

  private static boolean isDash(char c) {
    return c == '\u2015' || c == '\u2014' || c == '\u2013';
  }

  /** The span of {@code candidates} nearest {@code from}, the first of equals; null if none. */
  static Span nearest(Span from, List<Span> candidates) {
    Span best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Span c : candidates) {
      int gap = Math.max(c.begin() - from.end(), from.begin() - c.end());
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best;
  }
}
