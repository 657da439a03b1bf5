package org.attribution.internal;

import java.util.Set;

/**
 * The participles of verbs of asking that open a sentence in news copy ({@code Asked whether the
 * strike would go ahead, Mr. Whelan said ...}, {@code Pressed by reporters, she declined}): the
 * sentence's subject is the one asked, so the asking's source is at most the agent of its {@code
 * by}. In PolNeAR's train split, 37 of 41 sentence-opening {@code Asked} cues have no source and
 * the other 4 the {@code by} agent; none the subject. Every profile that links speakers asks this
 * one list.
 *
 * <p>Stateless and thread-safe.
 */
public final class AskingParticiples {

  private static final Set<String> OPENING =
      Set.of("Asked", "Pressed", "Questioned", "Quizzed", "Challenged", "Pushed");

  private AskingParticiples() {}

  /** True when {@code word}, as written at a sentence's start, is such a participle. */
  public static boolean isOpening(String word) {
    return OPENING.contains(word);
  }
}
