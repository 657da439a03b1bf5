package org.attribution.annotation;

import org.attribution.Span;

/**
 * A passage in quote marks: {@code outer} includes the marks, {@code inner} does not. A quote that
 * runs over several paragraphs is one passage, from its first opening mark to its one closing mark;
 * a quote left open ends with its paragraph, without a closing mark.
 */
public record QuotedSpan(Span outer, Span inner) {}
