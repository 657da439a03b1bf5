package org.attribution.annotate.record;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;

/**
 * Keeps markup out of a speaker's or document's name. CoreNLP's {@code cleanxml} drops tags from
 * the tokens, but a name's span runs from its first token to its last in the original text, so it
 * still covers a tag between them ({@code Senator <svg/onload=…> Jones}): the name becomes the run
 * of the span between tags that holds its head token, without the blanks around it. A canonical
 * name, a string made of tokens that may hold the tag's pieces, is cut at its first tag. Both
 * assemblers, the rules' and the learned tagger's, name speakers and documents through it.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkupFreeName {

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  private MarkupFreeName() {}

  /** Where {@code mention}'s name is, without markup its span covers; null for a null mention. */
  static Span of(Mention mention, List<ParsedSentence> sentences, String text) {
    return mention == null
        ? null
        : of(mention.span(), sentences.get(mention.sentence()).begin(mention.head()), text);
  }

  /**
   * The part of {@code name} in {@code text} between the tags around character {@code head} (the
   * start of its head token); {@code name} itself when it covers no tag.
   */
  static Span of(Span name, int head, String text) {
    int begin = name.begin();
    int end = name.end();
    Matcher tag = TAG.matcher(text).region(begin, end);
    while (tag.find()) {
      if (tag.end() <= head) {
        begin = tag.end();
      } else {
        end = Math.min(end, tag.start());
        break;
      }
    }
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // a head outside the name would leave nothing: keep the name rather than lose it
    return begin == end || (begin == name.begin() && end == name.end())
        ? name
        : Span.of(begin, end);
  }

  /**
   * {@code canonical} up to its first tag (or the start of one it ends inside), without the blanks
   * around it; {@code null} when nothing is left or {@code canonical} is null.
   */
  static String cut(String canonical) {
    if (canonical == null || canonical.indexOf('<') < 0) {
      return canonical;
    }
    String kept = canonical.substring(0, canonical.indexOf('<')).strip();
    return kept.isEmpty() ? null : kept;
  }
}
