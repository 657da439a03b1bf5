package org.attribution.speakers;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.attribution.SpeakerKind;

/**
 * Names speakers: {@code s} and 16 hexadecimal digits of the fingerprint of the kind and the folded
 * display name (Guava's FarmHash fingerprint, stable across releases and machines), and for a
 * source of one document alone, of the document's id too. The same archive gives the same ids on
 * every run and machine.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerIds {

  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

  private SpeakerIds() {}

  /** The id of the archive's speaker of {@code kind} whose display name folds to {@code key}. */
  static String of(SpeakerKind kind, String key) {
    return id(kind.name() + '\u0000' + key);
  }

  /** The id of the source named {@code key} in document {@code document} alone. */
  static String local(SpeakerKind kind, String key, String document) {
    return id(kind.name() + '\u0000' + key + '\u0000' + document);
  }

  private static String id(String identity) {
    return String.format(
        Locale.ROOT, "s%016x", FINGERPRINT.hashString(identity, StandardCharsets.UTF_8).asLong());
  }
}
