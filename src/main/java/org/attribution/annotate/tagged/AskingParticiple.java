package org.attribution.annotate.tagged;

import java.util.List;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.internal.AskingParticiples;

/**
 * A cue that opens its sentence as the participle of a verb of asking ({@link AskingParticiples}):
 * {@code Asked whether the strike would go ahead, Mr. Whelan said: "Yes."}. The asking takes as its
 * source only the agent its {@code by} names ({@code Asked by Stephanopoulos to respond, Carson
 * said ...}), else none: the news convention leaves the questioner, usually the reporter, unnamed.
 *
 * <p>Needs the sentences ({@link SpanLayout}); stateless and thread-safe.
 */
final class AskingParticiple {

  /** What may stand between a sentence's beginning and its first word. */
  private static final Pattern LEAD = Pattern.compile("[\\s\\p{Pi}\\p{Ps}\"'-]*");

  private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");

  private static final Pattern BY = Pattern.compile("(?s).*\\bby\\s+$");

  private AskingParticiple() {}

  /** True when {@code cue} is such a participle opening its sentence. */
  static boolean opens(Span cue, String text, SpanLayout layout) {
    int sentenceBegin = layout.sentenceBegin(layout.sentence(cue.begin()));
    var word = FIRST_WORD.matcher(cue.in(text));
    return LEAD.matcher(text.substring(sentenceBegin, cue.begin())).matches()
        && word.lookingAt()
        && AskingParticiples.isOpening(word.group());
  }

  /**
   * The source the participle's {@code by} introduces: the first of {@code sources} in the cue's
   * sentence after the cue right behind a {@code by}; null when there is none.
   */
  static Span agent(Span cue, List<Span> sources, String text, SpanLayout layout) {
    int sentence = layout.sentence(cue.begin());
    for (Span source :
        SpanLayout.beginningIn(sources, cue.end(), layout.sentenceBegin(sentence + 1))) {
      int from = Math.max(cue.begin(), source.begin() - 8);
      if (BY.matcher(text.substring(from, source.begin())).matches()) {
        return source;
      }
    }
    return null;
  }
}
