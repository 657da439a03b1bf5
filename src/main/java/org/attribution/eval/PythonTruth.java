package org.attribution.eval;

import tools.jackson.databind.JsonNode;

/**
 * Python's truth value of a decoded JSON value, so that flags such as {@code optional} mean what
 * the reference scorer takes them to mean ({@code 1}, {@code "yes"} and {@code true} are set;
 * {@code 0}, {@code ""}, {@code []} and {@code null} are not).
 *
 * <p>Stateless and thread-safe.
 */
final class PythonTruth {

  private PythonTruth() {}

  static boolean isTruthy(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0.0;
    }
    if (value.isString()) {
      return !value.asString().isEmpty();
    }
    return value.size() > 0;
  }
}
