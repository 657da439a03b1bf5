package org.attribution.internal;

import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * Lets a stage stop when its thread is interrupted, as CoreNLP's own annotators do, so that work
 * given up on (a document past its time limit) does not go on computing. Called once per sentence,
 * cue or candidate in the loops that grow with the text, where it costs a field read.
 *
 * <pre>{@code
 * for (Cue cue : cues) {
 *   Interrupts.check();
 *   ...
 * }
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class Interrupts {

  private Interrupts() {}

  /**
   * Returns when the current thread is not interrupted; otherwise clears its interrupt, as {@link
   * Thread#interrupted()} does, and throws.
   *
   * @throws RuntimeInterruptedException when the current thread was interrupted
   */
  public static void check() {
    if (Thread.interrupted()) {
      throw new RuntimeInterruptedException();
    }
  }
}
