package org.attribution.speakers;

import java.io.Serializable;

/**
 * How often a name, written one way, names a source in one outlet and month, and how often the text
 * states the source's gender there: the merge reads an archive through these alone, so that a
 * cluster can compute them on its executors and merge on the driver.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param display the name as written
 * @param female occurrences whose text calls the source a woman ({@link GenderCues})
 * @param male occurrences whose text calls the source a man
 */
public record NameUse(NamePlace place, String display, long count, long female, long male)
    implements Serializable {

  /** The sum of this and {@code other}, uses of the same name written the same way. */
  public NameUse plus(NameUse other) {
    return new NameUse(
        place, display, count + other.count, female + other.female, male + other.male);
  }
}
