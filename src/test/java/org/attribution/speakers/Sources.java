package org.attribution.speakers;

import java.util.ArrayList;
import java.util.List;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;

/** Builds the occurrences of a made-up archive, one attribution at a time, for the index tests. */
final class Sources {

  private final List<Occurrence> occurrences = new ArrayList<>();
  private String document = "d0";
  private String outlet = "Daily Ledger";
  private String date = "2024-05-01";

  /** The attributions that follow are in {@code id}, of {@code outlet}, dated {@code date}. */
  Sources in(String id, String outlet, String date) {
    this.document = id;
    this.outlet = outlet;
    this.date = date;
    return this;
  }

  /** A person quoted under the name {@code canonical}, by the words {@code mention}. */
  Sources person(String canonical, String mention) {
    return add(canonical, new Occurrence.Source(mention, SpeakerKind.PERSON, null));
  }

  /** A person quoted under the name {@code canonical}, by the same words. */
  Sources person(String canonical) {
    return person(canonical, canonical);
  }

  /** An organization quoted under the name {@code canonical}, citing {@code cited} (or null). */
  Sources organization(String canonical, String mention, String cited) {
    return add(canonical, new Occurrence.Source(mention, SpeakerKind.ORGANIZATION, cited));
  }

  /** A document with no issuer named. */
  Sources document(String cited) {
    return add(null, new Occurrence.Source(null, SpeakerKind.DOCUMENT, cited));
  }

  /** A pronoun the extractor did not resolve. */
  Sources unresolved(String pronoun) {
    return add(pronoun, new Occurrence.Source(pronoun, null, null));
  }

  private Sources add(String speaker, Occurrence.Source source) {
    int n = occurrences.size();
    occurrences.add(
        Occurrence.of(
            document,
            date,
            "https://example.org/" + document,
            outlet,
            Span.of(n * 100, n * 100 + 40),
            AttributionType.DIRECT,
            speaker,
            "Words number " + n + " said here today by someone in the news.",
            n,
            source));
    return this;
  }

  List<Occurrence> occurrences() {
    return occurrences;
  }

  List<Speaker> index() {
    return SpeakerIndex.of(occurrences, false).speakers();
  }
}
