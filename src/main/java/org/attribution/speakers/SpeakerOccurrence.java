package org.attribution.speakers;

import static java.util.Objects.requireNonNull;

import org.attribution.index.Occurrence;

/**
 * An occurrence of a speaker's: the attribution's place ({@link Occurrence}), the id of the
 * quotation it is a rendering of in the quote index of the same extraction output, and the evidence
 * its text gives for the speaker's gender ({@link GenderCues} bits).
 *
 * <p>Immutable and thread-safe.
 */
public record SpeakerOccurrence(Occurrence occurrence, String quote, int gender) {

  public SpeakerOccurrence {
    requireNonNull(occurrence, "occurrence");
    requireNonNull(quote, "quote");
  }
}
