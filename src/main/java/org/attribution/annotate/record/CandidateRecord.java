package org.attribution.annotate.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.annotate.content.ContentParts;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.QuotedSpan;

/**
 * Makes the {@link Attribution} record of a candidate once its assembler has placed the cue, the
 * speaker's or document's name and the content's parts, reading each string from the text at its
 * span; the canonical name leaves out markup ({@link MarkupFreeName#cut}), and spans and type take
 * the shape of {@link RecordContract}. Both assemblers, the rules' and the learned tagger's, build
 * their records through it.
 *
 * <p>Stateless and thread-safe.
 */
final class CandidateRecord {

  private CandidateRecord() {}

  /**
   * @param cue the cue's span, or null
   * @param speaker the speaker's name, or null
   * @param document the document's name, or null
   * @param parts the content's parts in text order, at least one
   * @param quotes the quoted passages of the text, in text order
   * @param coordinated the names of each coordinated speaker mention, by the mention's span
   */
  static Attribution of(
      Candidate c,
      Span cue,
      Span speaker,
      Span document,
      List<Span> parts,
      List<QuotedSpan> quotes,
      Map<Span, List<String>> coordinated,
      String text) {
    cue = RecordContract.cue(cue, text);
    speaker = RecordContract.source(speaker, text);
    document = RecordContract.source(document, text);
    List<Span> kept =
        RecordContract.parts(parts, quotes, text, speaker != null ? speaker : document);
    Attribution.Builder b =
        Attribution.builder(RecordContract.type(kept, quotes), c.content().in(text), c.content())
            .contentParts(ContentParts.text(kept, text), kept)
            .speakerCanonical(MarkupFreeName.cut(c.canonical()))
            .speakerKind(c.kind())
            .confidence(c.confidence())
            .sentence(c.sentence())
            .speakers(speakers(c, coordinated));
    if (cue != null) {
      b.cue(cue.in(text), cue, c.cue().kind());
    }
    if (speaker != null) {
      b.speaker(speaker.in(text), speaker);
    }
    if (document != null) {
      b.document(document.in(text), document);
    }
    return b.build();
  }

  /** Every speaker of a coordinated mention, the canonical name first; empty for one speaker. */
  private static List<String> speakers(Candidate c, Map<Span, List<String>> coordinated) {
    List<String> names =
        c.speaker() == null
            ? List.of()
            : coordinated.getOrDefault(c.speaker().span(), List.of()).stream()
                .map(MarkupFreeName::cut)
                .filter(Objects::nonNull)
                .toList();
    String canonical = MarkupFreeName.cut(c.canonical());
    return names.size() > 1 && names.get(0).equals(canonical) ? names : List.of();
  }
}
