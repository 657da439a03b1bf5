package org.attribution.speakers;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import org.attribution.SpeakerKind;

/**
 * Which speaker a name in a place is ({@link SpeakerMerge}): one of the archive's, or a speaker of
 * each document alone.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param id the speaker's id, or null for a source of each document alone (a description, an
 *     unnamed document, a surname the archive cannot decide)
 * @param name the speaker's display name, or null for a source of each document alone, which is
 *     named by its most used name there
 * @param ambiguous true when the archive could not decide between the speakers in {@code
 *     candidates}, and so kept this name apart from them
 * @param candidates the ids of the speakers this name may be, where it is ambiguous
 */
public record Resolution(
    String id, SpeakerKind kind, String name, boolean ambiguous, List<String> candidates)
    implements Serializable {

  public Resolution {
    candidates = ImmutableList.copyOf(candidates);
  }

  /** A speaker of each document alone. */
  static Resolution local(SpeakerKind kind, boolean ambiguous, List<String> candidates) {
    return new Resolution(null, kind, null, ambiguous, candidates);
  }
}
