package org.attribution.serve;

/**
 * A request the service cannot take, with the status and the one-line reason to answer it with.
 * Thrown by the handlers' request reading, answered by {@link ExtractionRoute}.
 */
final class BadRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  BadRequest(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  /** The HTTP status to answer with: 400, 413 or 415. */
  int status() {
    return status;
  }
}
