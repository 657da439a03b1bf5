package org.attribution.index;

import java.util.List;

/**
 * The steps of {@link QuoteIndex}, for an implementation that distributes them (the Spark job in
 * {@code org.attribution.spark}), so that it groups exactly as the command line does: the node a
 * rendering belongs to, the shingles it is posted under, the fragment rule that links two nodes,
 * and the quotation a group of occurrences makes. Groups are named by the least node id in them.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteGrouping {

  /** Renderings of fewer words than this are never looked up as fragments. */
  public static final int MIN_FRAGMENT_WORDS = FragmentRule.MIN_WORDS;

  private QuoteGrouping() {}

  /** The node of {@code text} said by {@code speaker} (null when none): equal texts share one. */
  public static long node(String text, String speaker) {
    return QuoteWords.of(text).node(speaker);
  }

  /** The number of words of {@code text}, elisions not counted. */
  public static int words(String text) {
    return QuoteWords.of(text).count();
  }

  /** The shingles {@code text} is posted under, sorted and distinct. */
  public static long[] shingles(String text) {
    return QuoteWords.of(text).shingles();
  }

  /** Whether {@code part} is a fragment of {@code whole} ({@link FragmentRule}). */
  public static boolean isFragment(String part, String whole) {
    return FragmentRule.isFragment(QuoteWords.of(part), QuoteWords.of(whole));
  }

  /** The id of the quotation of the group named {@code group}, as {@link Quote#id()} gives it. */
  public static String id(long group) {
    return Quote.idOf(group);
  }

  /** The quotation the occurrences of the group named {@code group} make. */
  public static Quote quote(long group, List<Occurrence> occurrences) {
    return Quote.of(group, occurrences);
  }
}
