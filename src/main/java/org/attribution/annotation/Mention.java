package org.attribution.annotation;

import org.attribution.Span;

/**
 * A noun phrase found in a sentence: its character span and the 1-based index of its head token in
 * the sentence's dependency graph.
 */
public record Mention(Span span, int sentence, int head) {}
