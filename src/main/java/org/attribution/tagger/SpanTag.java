package org.attribution.tagger;

/**
 * The tag set of the tagger: outside, or the beginning or inside of a {@link SpanRole}'s span
 * (BIO). Every WordPiece of a span carries a tag, the first one {@code B-}. The ordinal is the
 * tag's index in the model's output.
 */
public enum SpanTag {
  O(null, false),
  B_SOURCE(SpanRole.SOURCE, true),
  I_SOURCE(SpanRole.SOURCE, false),
  B_CUE(SpanRole.CUE, true),
  I_CUE(SpanRole.CUE, false),
  B_CONTENT(SpanRole.CONTENT, true),
  I_CONTENT(SpanRole.CONTENT, false);

  /** Number of tags, the width of the model's output. */
  public static final int COUNT = values().length;

  private final SpanRole role;
  private final boolean begins;

  SpanTag(SpanRole role, boolean begins) {
    this.role = role;
    this.begins = begins;
  }

  /** The tag that begins a span of {@code role}. */
  public static SpanTag begin(SpanRole role) {
    return values()[1 + 2 * role.ordinal()];
  }

  /** The tag that continues a span of {@code role}. */
  public static SpanTag inside(SpanRole role) {
    return values()[2 + 2 * role.ordinal()];
  }

  /** The role whose span this tag belongs to; null for {@link #O}. */
  public SpanRole role() {
    return role;
  }

  /** True for the {@code B-} tags. */
  public boolean begins() {
    return begins;
  }

  /** True when this tag may follow {@code previous}: an {@code I-} only inside its own role. */
  public boolean mayFollow(SpanTag previous) {
    return role == null || begins || previous.role == role;
  }

  /** True when this tag may open a sequence: anything but an {@code I-}. */
  public boolean mayStart() {
    return role == null || begins;
  }
}
