package org.attribution.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.Span;

/**
 * The promises an extraction keeps whatever the text: every span lies inside the text, on code
 * point boundaries, and covers exactly the string reported with it; each content part covers its
 * text, no part holds the cue or the speaker, and the content is the parts joined by a space, never
 * empty; a speaker or a document comes with a speaker kind, and a canonical speaker never comes
 * without one.
 */
public final class AttributionInvariants {

  private AttributionInvariants() {}

  /** Fails when an attribution found in {@code text} breaks one of the promises. */
  public static void assertHold(String text, List<Attribution> found) {
    for (Attribution a : found) {
      assertThat(a.content()).as("content of %s", a).isNotEmpty();
      for (Span part : a.contentSpans()) {
        assertCovers(text, part.in(text), part, "content part", a);
        assertThat(part.in(text)).as("content part %s of %s", part, a).isNotEmpty();
        assertThat(a.cueSpan() != null && part.overlaps(a.cueSpan()))
            .as("cue inside part of %s", a)
            .isFalse();
        assertThat(
                a.speakerSpan() != null
                    && a.contentSpans().size() > 1
                    && part.overlaps(a.speakerSpan()))
            .as("speaker inside a part of %s", a)
            .isFalse();
      }
      assertThat(a.content())
          .as("content of %s", a)
          .isEqualTo(String.join(" ", a.contentSpans().stream().map(p -> p.in(text)).toList()));
      assertCovers(text, a.cue(), a.cueSpan(), "cue", a);
      assertCovers(text, a.speaker(), a.speakerSpan(), "speaker", a);
      assertCovers(text, a.document(), a.documentSpan(), "document", a);
      if (a.speaker() != null || a.document() != null || a.speakerCanonical() != null) {
        assertThat(a.speakerKind()).as("speaker kind of %s", a).isNotNull();
      }
    }
  }

  private static void assertCovers(
      String text, String reported, Span span, String role, Attribution a) {
    if (span == null) {
      return;
    }
    assertThat(span.end())
        .as("%s span %s of %s inside the text of length %s", role, span, a, text.length())
        .isLessThanOrEqualTo(text.length());
    assertThat(span.in(text)).as("%s of %s", role, a).isEqualTo(reported);
    assertThat(splitsPair(text, span.begin()) || splitsPair(text, span.end()))
        .as("%s span %s of %s splits a surrogate pair", role, span, a)
        .isFalse();
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0
        && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }
}
