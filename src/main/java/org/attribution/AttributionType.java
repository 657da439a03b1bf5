package org.attribution;

/** How the attributed content is rendered in the text. */
public enum AttributionType {
  /** Verbatim, inside quote marks. */
  DIRECT,
  /** Reported speech or a claim, without quote marks. */
  INDIRECT,
  /** Reported content that embeds a verbatim fragment in quote marks. */
  MIXED
}
