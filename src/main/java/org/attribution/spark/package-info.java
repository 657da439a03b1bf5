/**
 * Extraction on a Spark cluster. {@link org.attribution.spark.SparkAttributions} (with {@link
 * org.attribution.spark.SparkExtractionOptions}) extracts a {@code Dataset} of articles, one row
 * per attribution or per document; {@link org.attribution.spark.ExtractJob} is the same as a job
 * for {@code spark-submit}. These three are supported entry points, as are the index jobs {@link
 * org.attribution.spark.IndexJob} and {@link org.attribution.spark.SpeakerJob}; the rest of the
 * package is internal and may change in any release.
 */
package org.attribution.spark;
