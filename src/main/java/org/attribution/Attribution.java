package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attribution found in a text: <em>who</em> (speaker, or the document it comes from) said
 * <em>what</em> (content), signalled by which words (cue).
 *
 * <p>All spans are {@code [begin, end)} {@link String} indices into the text the extractor was
 * given, and each string field equals the text its span covers, but for a content in parts. An
 * interrupted quote ({@code "A," she said. "B."}) has its content in parts: {@link #contentSpans()}
 * holds them in text order, none covering the cue or the speaker, {@code content} is their texts
 * joined by a space and {@code contentSpan} their hull. Cue, speaker and document are {@code null}
 * when the text does not name them; {@code speakerCanonical} is the fullest name the document gives
 * for the speaker, resolved from titles, surnames, pronouns and role descriptions.
 *
 * <pre>{@code
 * Attribution a = Attribution.builder(AttributionType.DIRECT, "We will win.", Span.of(1, 13))
 *     .cue("said", Span.of(15, 19), CueKind.SPEECH)
 *     .speaker("Mr. Cheng", Span.of(20, 29))
 *     .speakerCanonical("Cheng Chin-mo")
 *     .speakerKind(SpeakerKind.PERSON)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type whether the content is quoted verbatim, reported, or reported with a quoted fragment
 * @param content what was said or claimed: the text at {@code contentSpan}, or, for a content in
 *     parts, the texts of {@code contentSpans} joined by a space; never empty
 * @param contentSpan where the content is: the span of its one part, or the hull of its parts
 * @param contentSpans the content's parts in text order: one span, or several for a content the cue
 *     or the speaker interrupts; their hull is {@code contentSpan}
 * @param cue the words that introduce the content ({@code said}, {@code told reporters}, {@code
 *     according to}), with their auxiliaries ({@code has also said}); {@code null} for a quote that
 *     continues an attributed quote without a cue of its own
 * @param cueSpan where the cue is; {@code null} exactly when there is no cue
 * @param cueKind whether the cue reports speech or a claim; {@code null} exactly when there is no
 *     cue
 * @param speaker the words that name the speaker as the text gives them ({@code the CCP leader},
 *     {@code he}, {@code officials}); {@code null} when the text names no speaker for this content,
 *     as when it cites only a document ({@code according to a statement})
 * @param speakerSpan where the speaker is; {@code null} exactly when there is no speaker
 * @param speakerCanonical the fullest name the document gives for the source: the speaker's ({@code
 *     the CCP leader} becomes {@code Xi Jinping}, {@code she} the nearest earlier woman named), the
 *     organization a spokesperson speaks for, or the issuer of a document ({@code a Kremlin
 *     statement} gives {@code Kremlin}); for a continuing quote, the one of the quote it continues.
 *     Where the text names no one, the best description ({@code the minister}, {@code officials}).
 *     {@code null} when there is no speaker and no document, for a pronoun with no compatible
 *     person or organization before it, and for a document without a named issuer: never a wrong
 *     name
 * @param speakerKind what kind of source this is: from the named-entity tags and the bundled
 *     organization nouns, {@link SpeakerKind#OTHER} when neither tells, {@link
 *     SpeakerKind#DOCUMENT} for a document without a named issuer; {@code null} exactly when
 *     neither a speaker nor a document was found (for a continuing quote: for the quote it
 *     continues)
 * @param document the words that name a document the content comes from ({@code a meeting summary
 *     made public by China's foreign ministry}); {@code null} when the text cites none
 * @param documentSpan where the document is; {@code null} exactly when there is no document
 * @param confidence a score in [0, 1] that ranks attributions by how sure the extractor is
 * @param sentence index (from 0) of the sentence that holds the cue, or the content if there is
 *     none
 * @param speakers the canonical names of every speaker when the speaker mention coordinates several
 *     ({@code Putin and Xi said}: {@code Vladimir Putin}, {@code Xi Jinping}), in text order, the
 *     first being {@code speakerCanonical}; empty for one speaker or none
 */
public record Attribution(
    AttributionType type,
    String content,
    Span contentSpan,
    List<Span> contentSpans,
    @Nullable String cue,
    @Nullable Span cueSpan,
    @Nullable CueKind cueKind,
    @Nullable String speaker,
    @Nullable Span speakerSpan,
    @Nullable String speakerCanonical,
    @Nullable SpeakerKind speakerKind,
    @Nullable String document,
    @Nullable Span documentSpan,
    double confidence,
    int sentence,
    List<String> speakers) {

  public Attribution {
    requireNonNull(type, "type");
    requireNonNull(content, "content");
    requireNonNull(contentSpan, "contentSpan");
    checkArgument(!content.isEmpty(), "content must not be empty");
    contentSpans =
        contentSpans == null ? ImmutableList.of(contentSpan) : ImmutableList.copyOf(contentSpans);
    checkArgument(!contentSpans.isEmpty(), "contentSpans must not be empty");
    for (int i = 1; i < contentSpans.size(); i++) {
      checkArgument(
          contentSpans.get(i - 1).end() <= contentSpans.get(i).begin(),
          "contentSpans %s must be in text order and disjoint",
          contentSpans);
    }
    checkArgument(
        contentSpans.get(0).begin() == contentSpan.begin()
            && contentSpans.get(contentSpans.size() - 1).end() == contentSpan.end(),
        "contentSpan %s must be the hull of contentSpans %s",
        contentSpan,
        contentSpans);
    checkArgument((cue == null) == (cueSpan == null), "cue and cueSpan go together");
    checkArgument((cue == null) == (cueKind == null), "cue and cueKind go together");
    checkArgument(
        (speaker == null) == (speakerSpan == null), "speaker and speakerSpan go together");
    checkArgument(
        (document == null) == (documentSpan == null), "document and documentSpan go together");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s not in [0, 1]", confidence);
    speakers = speakers == null ? ImmutableList.of() : ImmutableList.copyOf(speakers);
    checkArgument(
        speakers.isEmpty() || (speakers.size() > 1 && speakers.get(0).equals(speakerCanonical)),
        "speakers %s must be empty, or two or more beginning with speakerCanonical %s",
        speakers,
        speakerCanonical);
  }

  /** Starts an attribution of {@code content}, found at {@code contentSpan}. */
  public static Builder builder(AttributionType type, String content, Span contentSpan) {
    return new Builder(type, content, contentSpan);
  }

  /** A builder holding this attribution's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(type, content, contentSpan);
    b.contentSpans = contentSpans;
    b.cue = cue;
    b.cueSpan = cueSpan;
    b.cueKind = cueKind;
    b.speaker = speaker;
    b.speakerSpan = speakerSpan;
    b.speakerCanonical = speakerCanonical;
    b.speakerKind = speakerKind;
    b.document = document;
    b.documentSpan = documentSpan;
    b.confidence = confidence;
    b.sentence = sentence;
    b.speakers = speakers;
    return b;
  }

  /** Builds {@link Attribution}s. Not thread-safe; each {@link #build()} returns a new value. */
  public static final class Builder {
    private AttributionType type;
    private String content;
    private Span contentSpan;
    private @Nullable List<Span> contentSpans;
    private @Nullable String cue;
    private @Nullable Span cueSpan;
    private @Nullable CueKind cueKind;
    private @Nullable String speaker;
    private @Nullable Span speakerSpan;
    private @Nullable String speakerCanonical;
    private @Nullable SpeakerKind speakerKind;
    private @Nullable String document;
    private @Nullable Span documentSpan;
    private double confidence = 1.0;
    private int sentence;
    private List<String> speakers = ImmutableList.of();

    private Builder(AttributionType type, String content, Span contentSpan) {
      this.type = type;
      this.content = content;
      this.contentSpan = contentSpan;
    }

    public Builder type(AttributionType type) {
      this.type = type;
      return this;
    }

    /** A content in one piece: {@code content} is the text at {@code span}. */
    public Builder content(String content, Span span) {
      this.content = content;
      this.contentSpan = span;
      this.contentSpans = null;
      return this;
    }

    /**
     * A content in parts, given in text order; {@code content} is their texts joined by a space.
     * One part is the same as {@link #content(String, Span)}.
     */
    public Builder contentParts(String content, List<Span> parts) {
      checkArgument(!parts.isEmpty(), "a content has at least one part");
      this.content = content;
      this.contentSpans = ImmutableList.copyOf(parts);
      this.contentSpan =
          Span.of(
              parts.stream().mapToInt(Span::begin).min().getAsInt(),
              parts.stream().mapToInt(Span::end).max().getAsInt());
      return this;
    }

    public Builder cue(@Nullable String cue, @Nullable Span span, @Nullable CueKind kind) {
      this.cue = cue;
      this.cueSpan = span;
      this.cueKind = kind;
      return this;
    }

    public Builder speaker(@Nullable String speaker, @Nullable Span span) {
      this.speaker = speaker;
      this.speakerSpan = span;
      return this;
    }

    public Builder speakerCanonical(@Nullable String speakerCanonical) {
      this.speakerCanonical = speakerCanonical;
      return this;
    }

    public Builder speakerKind(@Nullable SpeakerKind speakerKind) {
      this.speakerKind = speakerKind;
      return this;
    }

    public Builder document(@Nullable String document, @Nullable Span span) {
      this.document = document;
      this.documentSpan = span;
      return this;
    }

    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    public Builder sentence(int sentence) {
      this.sentence = sentence;
      return this;
    }

    /**
     * Every speaker of a coordinated mention, the first being the canonical speaker; empty for one.
     */
    public Builder speakers(List<String> speakers) {
      this.speakers = speakers;
      return this;
    }

    public Attribution build() {
      return new Attribution(
          type,
          content,
          contentSpan,
          contentSpans == null ? List.of(contentSpan) : contentSpans,
          cue,
          cueSpan,
          cueKind,
          speaker,
          speakerSpan,
          speakerCanonical,
          speakerKind,
          document,
          documentSpan,
          confidence,
          sentence,
          speakers);
    }
  }
}
