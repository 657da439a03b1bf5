package org.attribution.report;

import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.SpeakerKind;

/**
 * Names the source an attribution is grouped under in the report: its coordinated speakers joined
 * by {@code and} ({@code Vladimir Putin and Xi Jinping}), else its canonical speaker, or failing
 * that its speaker mention, or failing that the document it cites. An attribution with none of
 * these has no speaker, and the report flags it.
 *
 * <p>Stateless and thread-safe.
 */
final class Speakers {

  private Speakers() {}

  static Optional<String> name(Attribution a) {
    if (!a.speakers().isEmpty()) {
      return Optional.of(String.join(" and ", a.speakers()));
    }
    if (a.speakerCanonical() != null) {
      return Optional.of(a.speakerCanonical());
    }
    return Optional.ofNullable(a.speaker() != null ? a.speaker() : a.document());
  }

  /** The kind to show for the attribution's source: a bare document counts as a DOCUMENT. */
  static Optional<SpeakerKind> kind(Attribution a) {
    if (a.speakerKind() != null) {
      return Optional.of(a.speakerKind());
    }
    boolean onlyDocument =
        a.speakerCanonical() == null && a.speaker() == null && a.document() != null;
    return onlyDocument ? Optional.of(SpeakerKind.DOCUMENT) : Optional.empty();
  }
}
