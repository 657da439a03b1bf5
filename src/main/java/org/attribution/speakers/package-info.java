/**
 * The speaker index: who is quoted across an archive, how often, how, by which outlets and when.
 * {@link org.attribution.speakers.SpeakerIndex} reads the occurrences of the quote index ({@code
 * org.attribution.index}), names each source ({@code SourceNames}), merges the names of one source
 * across documents ({@code SpeakerMerge}, whose Javadoc states the rules), counts the gender the
 * texts state ({@code GenderCues}) and gives one {@link org.attribution.speakers.Speaker} per
 * source, which {@link org.attribution.speakers.SpeakerJson} writes as a JSON line. {@link
 * org.attribution.speakers.SpeakerGrouping} exposes the steps to the Spark job.
 */
package org.attribution.speakers;
