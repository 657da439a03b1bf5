package org.attribution.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;
import org.junit.jupiter.api.Test;

/** The rules by which the speaker index merges the names of one source across documents. */
class SpeakerMergeTest {

  /** The speaker quoted under {@code name} in {@code document}. */
  private static Speaker speakerOf(List<Speaker> speakers, String document, String name) {
    return speakers.stream()
        .filter(
            s ->
                s.occurrences().stream()
                    .anyMatch(
                        o ->
                            o.occurrence().document().equals(document)
                                && Speaker.nameUsed(o.occurrence()).equals(name)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void joinsTitledAndRoleVariantsOfOneFullName() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Russian President Vladimir Putin")
            .in("b", "Post", "2024-06-01")
            .person("Vladimir Putin", "Mr. Putin")
            .in("c", "Ledger", "2024-07-01")
            .person("President Vladimir Putin")
            .index();

    assertThat(speakers)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("Vladimir Putin");
              assertThat(s.documents()).isEqualTo(3);
              assertThat(s.variants()).extracting(Speaker.Count::value).hasSize(3);
              assertThat(s.ambiguous()).isFalse();
            });
  }

  @Test
  void joinsASurnameAloneToTheOnlyPersonWithThatSurname() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Maria Okafor")
            .in("b", "Post", "2025-01-01")
            .person("Okafor", "Ms. Okafor")
            .index();

    assertThat(speakers).singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(2));
  }

  @Test
  void neverJoinsTwoDifferentFullNames() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("John Smith")
            .in("b", "Wire", "2024-05-01")
            .person("Jane Smith")
            .index();

    assertThat(speakers).hasSize(2).noneMatch(Speaker::ambiguous);
  }

  @Test
  void joinsAnInitialToTheOnlyFullNameItFits() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("John Smith")
            .in("b", "Post", "2024-05-01")
            .person("J. Smith")
            .in("c", "Post", "2024-05-01")
            .person("John A. Smith")
            .index();

    assertThat(speakers).singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(3));
  }

  @Test
  void keepsAFullNameThatFitsTwoPeopleApartAsAmbiguous() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("John Smith")
            .in("b", "Wire", "2024-05-01")
            .person("Jane Smith")
            .in("c", "Wire", "2024-05-01")
            .person("J. Smith")
            .index();

    Speaker initial = speakerOf(speakers, "c", "J. Smith");
    assertThat(speakers).hasSize(3);
    assertThat(initial.ambiguous()).isTrue();
    assertThat(initial.candidates())
        .containsExactlyInAnyOrder(
            speakerOf(speakers, "a", "John Smith").id(),
            speakerOf(speakers, "b", "Jane Smith").id());
  }

  @Test
  void keepsASurnameAloneApartWhenTwoPeopleShareItAndNeitherIsNear() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Anna Berg")
            .in("b", "Post", "2024-05-01")
            .person("Lars Berg")
            .in("c", "Ledger", "2024-09-01")
            .person("Berg")
            .in("d", "Ledger", "2024-09-02")
            .person("Berg")
            .index();

    assertThat(speakers).hasSize(4);
    Speaker c = speakerOf(speakers, "c", "Berg");
    assertThat(c.ambiguous()).isTrue();
    assertThat(c.candidates()).hasSize(2);
    assertThat(speakerOf(speakers, "d", "Berg")).isNotEqualTo(c);
  }

  @Test
  void joinsASurnameAloneToTheOneBearerQuotedInTheSameOutletAndPeriod() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Anna Berg")
            .in("b", "Post", "2024-05-01")
            .person("Lars Berg")
            .in("c", "Post", "2024-06-10")
            .person("Berg")
            .index();

    assertThat(speakerOf(speakers, "c", "Berg")).isEqualTo(speakerOf(speakers, "b", "Lars Berg"));
    assertThat(speakers).hasSize(2);
  }

  @Test
  void doesNotJoinASurnameToAPersonTheTextsGiveAnotherGender() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Anna Berg", "Ms. Berg")
            .in("b", "Wire", "2024-05-01")
            .person("Berg", "Mr. Berg")
            .index();

    assertThat(speakers).hasSize(2);
  }

  @Test
  void readsTheSurnameOfANameWrittenSurnameFirst() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("Xi Jinping")
            .in("b", "Post", "2024-08-01")
            .person("Xi")
            .index();

    assertThat(speakers)
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Xi Jinping"));
  }

  @Test
  void groupsADocumentUnderItsNamedIssuer() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .organization("Kremlin", null, "a Kremlin statement")
            .in("b", "Post", "2024-05-03")
            .organization("the Kremlin", "the Kremlin", null)
            .in("c", "Post", "2024-05-04")
            .organization("Kremlin statement", null, "a Kremlin statement")
            .index();

    assertThat(speakers)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
              assertThat(s.count()).isEqualTo(3);
            });
  }

  @Test
  void keepsDescriptionsAndUnnamedDocumentsInTheirDocument() {
    List<Speaker> speakers =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("The shipping minister")
            .document("a statement")
            .in("b", "Wire", "2024-05-01")
            .person("the shipping minister")
            .document("a statement")
            .index();

    assertThat(speakers).hasSize(4).allSatisfy(s -> assertThat(s.documents()).isEqualTo(1));
    assertThat(speakers).filteredOn(s -> s.kind() == SpeakerKind.DOCUMENT).hasSize(2);
  }

  @Test
  void leavesOutPronounsTheExtractorCouldNotResolve() {
    SpeakerIndex.Result index =
        SpeakerIndex.of(new Sources().unresolved("they").person("Anna Berg").occurrences(), false);

    assertThat(index.speakers())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Anna Berg"));
    assertThat(index.unnamed()).isEqualTo(1);
  }

  @Test
  void givesTheSameLinesWhateverTheOrderOfItsInput() {
    Sources archive =
        new Sources()
            .in("a", "Wire", "2024-05-01")
            .person("John Smith")
            .person("Smith", "Mr. Smith")
            .in("b", "Wire", "2024-05-01")
            .person("Jane Smith", "she")
            .in("c", "Post", "2024-06-01")
            .person("J. Smith")
            .person("Smith")
            .organization("Harbour Council", "the council", null);
    List<Occurrence> shuffled = new ArrayList<>(archive.occurrences());
    Collections.shuffle(shuffled, new Random(7));

    List<String> lines =
        SpeakerIndex.of(archive.occurrences(), false).speakers().stream()
            .map(SpeakerJson::line)
            .toList();
    List<String> again =
        SpeakerIndex.of(shuffled, false).speakers().stream().map(SpeakerJson::line).toList();

    assertThat(again).isEqualTo(lines);
  }
}
