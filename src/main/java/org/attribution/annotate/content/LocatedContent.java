package org.attribution.annotate.content;

import org.attribution.Span;
import org.attribution.annotation.ContentRule;

/** A content span and the construction it was found by. */
record LocatedContent(Span span, ContentRule rule) {}
