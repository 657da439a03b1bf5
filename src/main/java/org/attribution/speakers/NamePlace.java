package org.attribution.speakers;

import java.io.Serializable;
import org.attribution.SpeakerKind;

/**
 * A name in one outlet and month: what the merge decides for. A surname alone may be one person in
 * one outlet and month and another elsewhere; every other name is decided once for all its places.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param outlet the outlet, or null where none is known
 * @param period the month, {@code yyyy-MM}, or {@link SpeakerGrouping#UNDATED}
 */
public record NamePlace(
    SpeakerKind kind, NameForm.Shape shape, String key, String outlet, String period)
    implements Serializable {

  /** The place of {@code form} in {@code outlet} and {@code period}. */
  public static NamePlace of(NameForm form, String outlet, String period) {
    return new NamePlace(form.kind(), form.shape(), form.key(), outlet, period);
  }
}
