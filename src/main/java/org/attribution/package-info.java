/**
 * The public API: {@link org.attribution.AttributionExtractor}, the entry point, and the values it
 * takes and returns ({@link org.attribution.Document}, {@link org.attribution.Attribution}, {@link
 * org.attribution.Span} and their enums). Everything a library user needs is here.
 *
 * <p>Every other package is internal: its classes are public only so that the library's packages
 * can use one another, are not meant for users, and may change in any release without notice. The
 * one exception is {@link org.attribution.spark}, whose {@code SparkAttributions}, {@code
 * SparkExtractionOptions} and {@code ExtractJob} are the entry points on a Spark cluster.
 *
 * <p>Null-marked: a parameter, return value or record component is never null unless it is
 * annotated {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package org.attribution;

import org.jspecify.annotations.NullMarked;
