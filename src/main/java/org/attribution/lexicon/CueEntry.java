package org.attribution.lexicon;

import com.google.common.collect.ImmutableList;
import org.attribution.CueKind;

/**
 * One line of the cue lexicon: the lemmas a cue is made of, what it reports, and whether its
 * source is the subject of a verb or the object of a preposition.
 */
public record CueEntry(ImmutableList<String> lemmas, CueKind kind, boolean preposition) {

  /** Number of tokens the cue spans. */
  public int length() {
    return lemmas.size();
  }
}
