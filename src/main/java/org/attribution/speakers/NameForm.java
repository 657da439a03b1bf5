package org.attribution.speakers;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.attribution.SpeakerKind;

/**
 * The name a source goes by in one attribution, as the speaker index compares it: its kind, its
 * shape, its key (the folded name: {@code vladimir putin}) and its words as written ({@code
 * Vladimir Putin}).
 *
 * <p>Immutable, thread-safe and serializable.
 */
public record NameForm(SpeakerKind kind, Shape shape, String key, String display)
    implements Serializable {

  /** What the merge may do with a name. */
  public enum Shape {
    /**
     * A person's given names and surname, or the name of an organization: the same name across
     * documents is one source.
     */
    FULL,
    /** A person's surname alone ({@code Mr. Cheng}): one source with a full name, or none. */
    SURNAME,
    /**
     * A description ({@code the shipping minister}, {@code officials}) or a document with no issuer
     * named ({@code a statement}): a source of its document alone.
     */
    LOCAL
  }

  public NameForm {
    requireNonNull(kind, "kind");
    requireNonNull(shape, "shape");
    requireNonNull(key, "key");
    requireNonNull(display, "display");
  }
}
