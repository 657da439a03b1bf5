package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {

  @TempDir Path dir;

  @Test
  void letsALaterLineReplaceAnEarlierOneInItsPlace() throws IOException {
    Path file =
        EvalFixtures.write(
            dir,
            "gold.jsonl",
            "{'id': 'a', 'attributions': []}",
            "",
            "{'id': 'b', 'attributions': []}",
            "   ",
            "{'id': 'a', 'text': 'Now.', 'attributions': [{'contentSpan': [0, 3]}]}");

    EvalCorpus corpus = EvalCorpus.readGold(file);

    assertThat(corpus.documents()).extracting(EvalDocument::id).containsExactly("a", "b");
    assertThat(corpus.attributionsOf("a")).hasSize(1);
    assertThat(corpus.documents().iterator().next().text()).isEqualTo("Now.");
  }

  @Test
  void readsFieldsTheScorerUsesAndIgnoresOthers() throws IOException {
    Path file =
        EvalFixtures.write(
            dir,
            "predicted.jsonl",
            "{'id': 'a', 'attributions': [{'type': 'MIXED', 'content': 'x', 'contentSpan': [0, 3],"
                + " 'speaker': '', 'speakerSpan': [5, 7], 'document': 'a report', 'confidence': 0.7, 'addressee': 'Bo'}]}");

    EvalAttribution a = EvalCorpus.readPredicted(file).attributionsOf("a").get(0);

    assertThat(a.type()).isEqualTo("MIXED");
    assertThat(a.contentSpan()).isEqualTo(new CharSpan(0, 3));
    assertThat(a.speaker()).isNull();
    assertThat(a.speakerSpan()).isEqualTo(new CharSpan(5, 7));
    assertThat(a.document()).isEqualTo("a report");
    assertThat(a.optional()).isFalse();
  }

  @Test
  void readsContentPartsAndTakesAnEmptyListForNone() throws IOException {
    Path file =
        EvalFixtures.write(
            dir,
            "predicted.jsonl",
            "{'id': 'a', 'attributions': [{'contentSpan': [0, 9], 'contentSpans': [[0, 3], [6, 9]]},"
                + " {'contentSpan': [0, 9], 'contentSpans': []}]}");

    List<EvalAttribution> read = EvalCorpus.readPredicted(file).attributionsOf("a");

    assertThat(read.get(0).parts()).containsExactly(new CharSpan(0, 3), new CharSpan(6, 9));
    assertThat(read.get(1).parts()).containsExactly(new CharSpan(0, 9));
  }

  @Test
  void rejectsContentPartsThatAreNotPairs() throws IOException {
    Path file =
        EvalFixtures.write(
            dir,
            "predicted.jsonl",
            "{'id': 'a', 'attributions': [{'contentSpan': [0, 9], 'contentSpans': [0, 9]}]}");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readPredicted(file))
        .withMessageContaining(":1:")
        .withMessageContaining("contentSpans");
  }

  @Test
  void readsTheOptionalFlagAsPythonWould() throws IOException {
    Path file =
        EvalFixtures.write(
            dir,
            "gold.jsonl",
            "{'id': 'a', 'attributions': [{'contentSpan': [0, 1], 'optional': 1}, {'contentSpan': [0, 1], 'optional': 0},"
                + " {'contentSpan': [0, 1], 'optional': 'yes'}, {'contentSpan': [0, 1], 'optional': ''},"
                + " {'contentSpan': [0, 1], 'optional': true}, {'contentSpan': [0, 1], 'optional': null}]}");

    assertThat(EvalCorpus.readGold(file).attributionsOf("a"))
        .extracting(EvalAttribution::optional)
        .containsExactly(true, false, true, false, true, false);
  }

  @Test
  void letsPredictedDocumentsOmitAttributions() throws IOException {
    Path file = EvalFixtures.write(dir, "predicted.jsonl", "{'id': 'a'}");

    assertThat(EvalCorpus.readPredicted(file).attributionsOf("a")).isEmpty();
    assertThat(EvalCorpus.readPredicted(file).attributionsOf("unknown")).isEmpty();
  }

  @Test
  void requiresAttributionsInGold() throws IOException {
    Path file =
        EvalFixtures.write(dir, "gold.jsonl", "{'id': 'a', 'attributions': []}", "{'id': 'b'}");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readGold(file))
        .withMessageContaining("gold.jsonl:2")
        .withMessageContaining("document b has no attributions array");
  }

  @Test
  void namesTheLineOfMalformedInput() throws IOException {
    Path broken =
        EvalFixtures.write(dir, "broken.jsonl", "{'id': 'a', 'attributions': []}", "{'id': ");
    Path badSpan =
        EvalFixtures.write(
            dir, "span.jsonl", "{'id': 'a', 'attributions': [{'contentSpan': [1]}]}");
    Path noSpan =
        EvalFixtures.write(dir, "nospan.jsonl", "{'id': 'a', 'attributions': [{'content': 'x'}]}");
    Path noId = EvalFixtures.write(dir, "noid.jsonl", "{'attributions': []}");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readPredicted(broken))
        .withMessageContaining("broken.jsonl:2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readPredicted(badSpan))
        .withMessageContaining("span.jsonl:1")
        .withMessageContaining("contentSpan is not a [begin, end] pair");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readPredicted(noSpan))
        .withMessageContaining("no contentSpan");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvalCorpus.readGold(noId))
        .withMessageContaining("no string id");
  }
}
