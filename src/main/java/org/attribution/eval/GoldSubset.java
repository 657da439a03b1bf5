package org.attribution.eval;

import java.util.List;
import java.util.function.Predicate;
import org.attribution.AttributionType;

/**
 * A part of the gold to score against: gold attributions outside it are left out of recall, and a
 * prediction that overlaps only them (IoU at least 0.5) is left out of precision, so a system is
 * neither rewarded nor penalized for what the subset excludes.
 *
 * <p>Immutable and thread-safe.
 */
public final class GoldSubset {

  /** Every gold attribution. */
  public static final GoldSubset ALL = new GoldSubset("all", a -> true);

  /** Gold whose content holds a double quote mark (straight or curly). */
  public static final GoldSubset QUOTED = new GoldSubset("quoted", GoldSubset::hasQuote);

  /** Gold whose content holds no double quote mark. */
  public static final GoldSubset UNQUOTED = new GoldSubset("unquoted", a -> !hasQuote(a));

  /** The subsets selectable by name, in the order the command line lists them. */
  public static final List<GoldSubset> NAMED = List.of(ALL, QUOTED, UNQUOTED);

  /** The attribution types in the order reports list them: most to least verbatim. */
  public static final List<AttributionType> REPORTED_TYPES =
      List.of(AttributionType.DIRECT, AttributionType.MIXED, AttributionType.INDIRECT);

  private final String name;
  private final Predicate<EvalAttribution> includes;

  private GoldSubset(String name, Predicate<EvalAttribution> includes) {
    this.name = name;
    this.includes = includes;
  }

  /** The subset called {@code all}, {@code quoted} or {@code unquoted}. */
  public static GoldSubset named(String name) {
    return NAMED.stream()
        .filter(s -> s.name.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown subset '" + name + "'; expected one of all, quoted, unquoted"));
  }

  /**
   * This subset narrowed to gold of one type; named after the type alone when this is {@link #ALL}.
   */
  public GoldSubset ofType(AttributionType type) {
    String typeName = type.name();
    String narrowed = this == ALL ? typeName : name + "+" + typeName;
    return new GoldSubset(narrowed, a -> includes.test(a) && typeName.equals(a.type()));
  }

  /** The name printed in reports. */
  public String name() {
    return name;
  }

  boolean includes(EvalAttribution gold) {
    return includes.test(gold);
  }

  private static boolean hasQuote(EvalAttribution a) {
    String content = a.content() == null ? "" : a.content();
    return content.indexOf('"') >= 0
        || content.indexOf('\u201c') >= 0
        || content.indexOf('\u201d') >= 0;
  }

  @Override
  public String toString() {
    return name;
  }
}
