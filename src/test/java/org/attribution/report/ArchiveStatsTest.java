package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.junit.jupiter.api.Test;

class ArchiveStatsTest {

  private static Attribution said(
      AttributionType type, String canonical, SpeakerKind kind, String cue) {
    Attribution.Builder b =
        Attribution.builder(type, "x", Span.of(0, 1)).speakerCanonical(canonical).speakerKind(kind);
    return cue == null
        ? b.build()
        : b.cue(cue, Span.of(2, 2 + cue.length()), CueKind.SPEECH).build();
  }

  /** Ana quoted twice and the council once, one quote with no speaker, one article failed. */
  private static final List<ReportArticle> ARCHIVE =
      List.of(
          new ReportArticle(
              "a",
              null,
              List.of(
                  said(AttributionType.DIRECT, "Ana Ribeiro", SpeakerKind.PERSON, "said"),
                  said(AttributionType.INDIRECT, "Ana Ribeiro", SpeakerKind.PERSON, "Said"),
                  said(
                      AttributionType.MIXED,
                      "Harbour Council",
                      SpeakerKind.ORGANIZATION,
                      "according to"),
                  said(AttributionType.DIRECT, null, null, null)),
              null),
          new ReportArticle(
              "b", null, List.of(said(AttributionType.DIRECT, "Zed", null, "said")), null),
          ReportArticle.failed("c", "cannot read line 3"));

  @Test
  void ranksSpeakersByCountThenName() {
    ArchiveStats stats = ArchiveStats.of(ARCHIVE);

    assertThat(stats.speakers())
        .extracting(ArchiveStats.SpeakerCount::name)
        .containsExactly("Ana Ribeiro", "Harbour Council", "Zed");
    assertThat(stats.speakers().get(0).count()).isEqualTo(2);
    assertThat(stats.speakers().get(1).kind()).contains(SpeakerKind.ORGANIZATION);
    assertThat(stats.speakers().get(2).kind()).isEqualTo(Optional.empty());
  }

  @Test
  void countsAttributionsWithoutSpeakerAndFailedArticles() {
    ArchiveStats stats = ArchiveStats.of(ARCHIVE);

    assertThat(stats.articles()).isEqualTo(3);
    assertThat(stats.attributions()).isEqualTo(5);
    assertThat(stats.unattributed()).isEqualTo(1);
    assertThat(stats.errors()).isEqualTo(1);
  }

  @Test
  void countsTypesCuesIgnoringCaseAndAttributionsPerArticle() {
    ArchiveStats stats = ArchiveStats.of(ARCHIVE);

    assertThat(stats.types().count(AttributionType.DIRECT)).isEqualTo(3);
    assertThat(stats.types().count(AttributionType.MIXED)).isEqualTo(1);
    assertThat(stats.cues().count("said")).isEqualTo(3);
    assertThat(stats.cues().entrySet().iterator().next().getElement()).isEqualTo("said");
    assertThat(stats.perArticle().count(4)).isEqualTo(1);
    assertThat(stats.perArticle().count(0)).isEqualTo(1);
  }

  @Test
  void groupsByMentionOrDocumentWhenThereIsNoCanonicalName() {
    Attribution byDocument =
        Attribution.builder(AttributionType.INDIRECT, "x", Span.of(0, 1))
            .document("a press release", Span.of(2, 17))
            .build();
    Attribution byMention =
        Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1))
            .speaker("a resident", Span.of(2, 12))
            .build();

    ArchiveStats stats =
        ArchiveStats.of(
            List.of(new ReportArticle("a", null, List.of(byDocument, byMention), null)));

    assertThat(stats.speakers())
        .extracting(ArchiveStats.SpeakerCount::name)
        .containsExactlyInAnyOrder("a press release", "a resident");
    assertThat(stats.speakers())
        .filteredOn(s -> s.name().equals("a press release"))
        .singleElement()
        .extracting(ArchiveStats.SpeakerCount::kind)
        .isEqualTo(Optional.of(SpeakerKind.DOCUMENT));
    assertThat(stats.unattributed()).isZero();
  }
}
