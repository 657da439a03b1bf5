package org.attribution.annotate.content;

import java.util.List;
import java.util.Optional;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Locates the span a cue attributes within its sentence, or next to it: over the dependency parse
 * ({@link ContentFinder}) or over tags and punctuation ({@link FastContentFinder}). Implementations
 * are stateless and thread-safe.
 */
interface ContentLocator {

  /** The content of {@code cue}; {@code cues} are the cues of its sentence. */
  Optional<LocatedContent> content(
      ParsedSentence sentence, Cue cue, List<Cue> cues, List<QuotedSpan> quotes, String text);
}
