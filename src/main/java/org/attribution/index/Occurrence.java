package org.attribution.index;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.SpeakerKind;

/**
 * One place a quotation appears: the attribution's content in one document, with the document's
 * date, URL and outlet where the extraction output carries them.
 *
 * <pre>{@code
 * Occurrence o = Occurrence.of("ap-0412", "2024-04-12", "https://apnews.com/x", "AP News",
 *     Span.of(120, 188), AttributionType.DIRECT, "Jane Doe", "We will not back down.", 3);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Occurrence {

  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  /**
   * Earliest dated first; undated last; then by document, span, type, text, attribution, speaker,
   * date, URL and outlet: a total order, so that a group is written the same wherever it was built.
   */
  public static final Comparator<Occurrence> FIRST_SEEN_FIRST =
      Comparator.comparingLong((Occurrence o) -> o.time)
          .thenComparing(o -> o.document)
          .thenComparing(o -> o.span)
          .thenComparing(o -> o.type)
          .thenComparing(o -> o.text)
          .thenComparingInt(o -> o.attribution)
          .thenComparing(o -> o.speaker, NULLS_FIRST)
          .thenComparing(o -> o.date, NULLS_FIRST)
          .thenComparing(o -> o.url, NULLS_FIRST)
          .thenComparing(o -> o.outlet, NULLS_FIRST);

  private final String document;
  private final String date;
  private final String url;
  private final String outlet;
  private final Span span;
  private final AttributionType type;
  private final String speaker;
  private final String text;
  private final int attribution;
  private final long time;
  private final Source source;

  /**
   * Who the attribution names, as its document gives it: the speaker's words at this place ({@code
   * Mr. Putin}, {@code she}), the kind of source, and the document it cites ({@code a Kremlin
   * statement}); each null where the attribution has none. The quote index does not read it; the
   * speaker index does.
   */
  public record Source(String mention, SpeakerKind kind, String cited) {

    /** The source of an attribution that names none. */
    public static final Source NONE = new Source(null, null, null);

    static Source of(Attribution a) {
      return a.speaker() == null && a.speakerKind() == null && a.document() == null
          ? NONE
          : new Source(a.speaker(), a.speakerKind(), a.document());
    }
  }

  private Occurrence(
      String document,
      String date,
      long time,
      String url,
      String outlet,
      Span span,
      AttributionType type,
      String speaker,
      String text,
      int attribution,
      Source source) {
    this.document = requireNonNull(document, "document");
    this.date = date;
    this.url = url;
    this.outlet = outlet;
    this.span = requireNonNull(span, "span");
    this.type = requireNonNull(type, "type");
    this.speaker = speaker;
    this.text = requireNonNull(text, "text");
    this.attribution = attribution;
    this.time = time;
    this.source = requireNonNull(source, "source");
  }

  /**
   * @param date as the input gives it, or {@code null}; ISO dates and date-times order the
   *     occurrences, any other text is kept but sorts as undated
   * @param speaker the canonical name of the speaker (or the mention, where there is none), or null
   * @param attribution the number (from 0) of the attribution in its document's output line
   */
  public static Occurrence of(
      String document,
      String date,
      String url,
      String outlet,
      Span span,
      AttributionType type,
      String speaker,
      String text,
      int attribution) {
    return of(document, date, url, outlet, span, type, speaker, text, attribution, Source.NONE);
  }

  /** An occurrence whose attribution names {@code source} (see {@link #source()}). */
  public static Occurrence of(
      String document,
      String date,
      String url,
      String outlet,
      Span span,
      AttributionType type,
      String speaker,
      String text,
      int attribution,
      Source source) {
    return new Occurrence(
        document,
        date,
        Dates.sortKey(date),
        url,
        outlet,
        span,
        type,
        speaker,
        text,
        attribution,
        source);
  }

  /**
   * The occurrence of attribution number {@code attribution} of a document: its content, content
   * span and type, and as speaker its canonical name (coordinated speakers joined by {@code and}),
   * or the mention where there is none. The date's sort key ({@link Dates#sortKey}) is given: a
   * document's attributions share it, so it is parsed once per document rather than once per
   * attribution, which reading an archive spent much of its time on.
   */
  static Occurrence dated(
      String document,
      String date,
      long time,
      String url,
      String outlet,
      Attribution a,
      int attribution) {
    String speaker =
        !a.speakers().isEmpty()
            ? String.join(" and ", a.speakers())
            : a.speakerCanonical() != null ? a.speakerCanonical() : a.speaker();
    return new Occurrence(
        document,
        date,
        time,
        url,
        outlet,
        a.contentSpan(),
        a.type(),
        speaker,
        a.content(),
        attribution,
        Source.of(a));
  }

  public String document() {
    return document;
  }

  /** The date as the input wrote it, or null. */
  public String date() {
    return date;
  }

  /** The instant of the date, when it is one of the forms that order occurrences. */
  public Optional<Instant> instant() {
    return time == Dates.UNDATED ? Optional.empty() : Optional.of(Instant.ofEpochMilli(time));
  }

  public String url() {
    return url;
  }

  public String outlet() {
    return outlet;
  }

  /** The content span in the document's text. */
  public Span span() {
    return span;
  }

  public AttributionType type() {
    return type;
  }

  /** The canonical speaker name, or null when the attribution names no speaker. */
  public String speaker() {
    return speaker;
  }

  /** The attribution's content, as the document writes it. */
  public String text() {
    return text;
  }

  /** The number (from 0) of the attribution among its document's attributions. */
  public int attribution() {
    return attribution;
  }

  /** The source as the attribution names it; {@link Source#NONE} when it names none. */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Occurrence other
        && document.equals(other.document)
        && Objects.equals(date, other.date)
        && Objects.equals(url, other.url)
        && Objects.equals(outlet, other.outlet)
        && span.equals(other.span)
        && type == other.type
        && Objects.equals(speaker, other.speaker)
        && text.equals(other.text)
        && attribution == other.attribution
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, span, text, attribution);
  }

  @Override
  public String toString() {
    return document + span + " " + type + " " + speaker + ": " + text;
  }
}
