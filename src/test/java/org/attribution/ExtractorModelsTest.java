package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extractor reads the trained models of its profile from a folder the user names. */
class ExtractorModelsTest {

  private static final String TEXT = "Officials said that the plan failed.";

  @TempDir Path dir;

  @Test
  void readsTheCueModelFromTheModelsFolder() throws IOException {
    // A model that saw every candidate fail: it trusts no cue.
    Files.writeString(dir.resolve("cue-reliability-fast.tsv"), "*\t*\t0\t100000\n");
    AttributionExtractor bundled = AttributionExtractor.builder().profile(Profile.FAST).build();
    AttributionExtractor distrusting =
        AttributionExtractor.builder().profile(Profile.FAST).models(dir).build();

    assertThat(bundled.extractFromText(TEXT)).hasSize(1);
    assertThat(distrusting.extractFromText(TEXT)).isEmpty();
    assertThat(distrusting.models()).contains(dir.toAbsolutePath());
    assertThat(distrusting.describeModels())
        .isEqualTo("FAST models: cue-reliability-fast.tsv from " + dir.toAbsolutePath());
    assertThat(bundled.describeModels())
        .isEqualTo("FAST models: cue-reliability-fast.tsv (bundled in the jar)");
  }

  @Test
  void namesAModelTheFolderLacks() throws IOException {
    Files.writeString(dir.resolve("cue-reliability.tsv"), "*\t*\t1\t2\n");

    assertThatThrownBy(
            () -> AttributionExtractor.builder().profile(Profile.FAST).models(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            dir.toAbsolutePath().resolve("cue-reliability-fast.tsv")
                + " not found: the FAST profile reads cue-reliability-fast.tsv from a models"
                + " folder");
  }

  @Test
  void namesAFolderThatIsNotThere() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> AttributionExtractor.builder().models(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("models folder " + missing.toAbsolutePath() + " not found");
  }

  @Test
  void namesACueModelThatIsNotOne() throws IOException {
    Files.writeString(dir.resolve("cue-reliability-fast.tsv"), "say\tCLAUSE\tmany\n");

    assertThatThrownBy(
            () -> AttributionExtractor.builder().profile(Profile.FAST).models(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            dir.toAbsolutePath().resolve("cue-reliability-fast.tsv") + " is not a cue model: ")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void namesATaggerModelThatIsNotOne() throws IOException {
    Files.copy(Path.of("models/tagger-transitions.tsv"), dir.resolve("tagger-transitions.tsv"));
    Files.writeString(dir.resolve("tagger.onnx"), "not a graph");

    assertThatThrownBy(
            () -> AttributionExtractor.builder().profile(Profile.LEARNED).models(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            dir.toAbsolutePath().resolve("tagger.onnx") + " is not a tagger model: ")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void wantsTheTransitionsFittedForTheTagger() throws IOException {
    Files.copy(Path.of("models/tagger.onnx"), dir.resolve("tagger.onnx"));

    assertThatThrownBy(
            () -> AttributionExtractor.builder().profile(Profile.LEARNED).models(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            dir.toAbsolutePath().resolve("tagger-transitions.tsv") + " not found");
  }
}
