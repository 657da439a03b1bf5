package org.attribution.eval;

import java.util.List;

/**
 * The scores of predictions against one gold subset: content, speaker and cue counts, and exact
 * role-span scores for source, cue and content.
 *
 * <p>Immutable and thread-safe.
 */
public record Evaluation(String subset, ContentCounts content, List<RoleSpanScore> spans) {

  public Evaluation {
    spans = List.copyOf(spans);
  }
}
