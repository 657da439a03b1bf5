package org.attribution;

/** Calls the static extract with null text and prints the message: run in a JVM of its own. */
final class NullTextMain {

  private NullTextMain() {}

  public static void main(String[] args) {
    try {
      AttributionExtractor.extract((String) null);
      System.exit(1);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
  }
}
