package org.attribution.lexicon;

import com.google.common.collect.ImmutableList;
import org.attribution.CueKind;

/**
 * One line of the cue lexicon: the lemmas a cue is made of, what it reports, and how it takes its
 * source and content.
 */
public record CueEntry(ImmutableList<String> lemmas, CueKind kind, Frame frame) {

  /** How a cue takes its source and content. */
  public enum Frame {
    /** A verb: its subject is the source, its clause ({@code said that ...}) the content. */
    VERB,
    /** A verb whose object is the content when it has no clause ({@code criticized the plan}). */
    OBJECT,
    /** Words whose object is the source ({@code according to X}). */
    PREPOSITION
  }

  /** Number of tokens the cue spans. */
  public int length() {
    return lemmas.size();
  }
}
