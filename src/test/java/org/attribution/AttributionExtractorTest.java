package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionExtractorTest {

  /** The rules' profile, whose naming of descriptions, pronouns and documents these tests pin. */
  private static final com.google.common.base.Supplier<AttributionExtractor> RULES =
      com.google.common.base.Suppliers.memoize(
          () -> AttributionExtractor.builder().profile(Profile.ACCURATE).build());

  @Test
  void rejectsNullTextWithClearMessage() {
    assertThatThrownBy(() -> AttributionExtractor.extract((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text must not be null");
  }

  /** A JVM of its own, so that no other test has loaded the default extractor's models before. */
  @Test
  void rejectsNullTextBeforeLoadingAnyModel(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("classes.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                NullTextMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();

    assertThat(child.waitFor()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log))
        .contains("text must not be null")
        .doesNotContain("edu.stanford.nlp.pipeline.StanfordCoreNLP ");
  }

  @Test
  void rejectsANullProfileAsEveryOtherBadArgument() {
    assertThatThrownBy(() -> AttributionExtractor.builder().profile(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile must not be null");
  }

  @Test
  void saysThatATooLongTextIsATextAndATooLongDocumentWhichOneItIs() {
    String tooLong = "a".repeat(AttributionExtractor.MAX_TEXT_LENGTH + 1);
    AttributionExtractor fast = AttributionExtractor.builder().profile(Profile.FAST).build();

    assertThatThrownBy(() -> AttributionExtractor.extract(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a text has 1000001 characters");
    assertThatThrownBy(() -> fast.extract(Document.of("dump-7", tooLong)))
        .hasMessageStartingWith("document \"dump-7\" has 1000001 characters");
  }

  @Test
  void anInterruptEndsTheExtractionAsACancellationAndStaysSet() {
    AttributionExtractor fast = AttributionExtractor.builder().profile(Profile.FAST).build();

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> fast.extract(Document.of("d", "Officials said the plan failed.")))
          .isInstanceOf(CancellationException.class)
          .hasMessage("extraction of document \"d\" was interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void buildsTheProfileAskedForAndDefaultsToTheDefaultProfile() {
    AttributionExtractor fast = AttributionExtractor.builder().profile(Profile.FAST).build();

    assertThat(fast.profile()).isEqualTo(Profile.FAST);
    assertThat(fast.extract(Document.of("d", "Officials said that the plan failed."))).hasSize(1);
    assertThat(AttributionExtractor.defaultExtractor().profile()).isEqualTo(Profile.DEFAULT);
  }

  @Test
  void staticExtractRunsTheSharedDefaultAndAnInstanceRunsItsOwnProfile() {
    String text = "\"We will win,\" said John Smith, the coach of the team.";
    AttributionExtractor fast = AttributionExtractor.builder().profile(Profile.FAST).build();

    List<Attribution> byDefault = AttributionExtractor.extract(text);
    List<Attribution> byFast = fast.extractFromText(text);

    assertThat(byDefault)
        .isEqualTo(AttributionExtractor.defaultExtractor().extract(Document.of("", text)));
    assertThat(byDefault)
        .extracting(Attribution::speaker)
        .containsExactly("John Smith, the coach of the team");
    assertThat(byFast).isEqualTo(fast.extract(Document.of("", text)));
    assertThat(byFast).extracting(Attribution::speaker).containsExactly("John Smith");
  }

  /**
   * The trap of a class with a static {@code extract(String)}: called on an instance, it ran the
   * default.
   */
  @Test
  void callingTheStaticExtractOnAnInstanceDoesNotCompile(@TempDir Path dir) throws Exception {
    String trap = "fast.extract(\"The mayor said that it rained.\")";
    String meant = "fast.extractFromText(\"The mayor said that it rained.\")";

    assertThat(compile(dir, meant)).isEmpty();
    assertThat(compile(dir, trap)).contains("illegal static interface method call");
  }

  /**
   * Compiles a class whose method returns {@code expression} over an extractor {@code fast}; gives
   * javac's errors.
   */
  private static String compile(Path dir, String expression) throws Exception {
    Path source =
        Files.writeString(
            dir.resolve("Caller.java"),
            "import java.util.List; import org.attribution.*;\n"
                + "class Caller { List<Attribution> call(AttributionExtractor fast) { return "
                + expression
                + "; } }\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                errors,
                null,
                null,
                List.of("-cp", System.getProperty("java.class.path"), "-d", dir.toString()),
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source))
            .call();
    assertThat(compiled).as(errors.toString()).isEqualTo(errors.toString().isEmpty());
    return errors.toString();
  }

  @Test
  void
      givesTheBestDescriptionWhereNoNameExistsNullForAPronounWithoutOneAndNoKindOnlyWithoutSource() {
    Attribution named = RULES.get().extractFromText("\"We will win,\" said John Smith.").get(0);
    Attribution described =
        RULES.get().extractFromText("The minister said that the plan failed.").get(0);
    Attribution unnamed = RULES.get().extractFromText("He said that the plan failed.").get(0);
    Attribution document =
        RULES.get().extractFromText("According to a statement, prices fell.").get(0);

    assertThat(named)
        .extracting(Attribution::speakerCanonical, Attribution::speakerKind)
        .containsExactly("John Smith", SpeakerKind.PERSON);
    assertThat(described)
        .extracting(Attribution::speaker, Attribution::speakerCanonical, Attribution::speakerKind)
        .containsExactly("The minister", "the minister", SpeakerKind.PERSON);
    assertThat(unnamed)
        .extracting(Attribution::speaker, Attribution::speakerCanonical, Attribution::speakerKind)
        .containsExactly("He", null, SpeakerKind.PERSON);
    assertThat(document)
        .extracting(
            Attribution::speaker,
            Attribution::document,
            Attribution::speakerCanonical,
            Attribution::speakerKind)
        .containsExactly(null, "a statement", null, SpeakerKind.DOCUMENT);
  }

  @Test
  void returnsEmptyListForEmptyText() {
    assertThat(AttributionExtractor.extract("")).isEmpty();
    assertThat(AttributionExtractor.extract("  \n\n ")).isEmpty();
  }

  @Test
  void returnsEmptyListForTextWithoutAttribution() {
    assertThat(AttributionExtractor.extract("The river rose overnight. Boats stayed in port."))
        .isEmpty();
  }

  @Test
  void findsReportedSpeechWithoutAnyQuoteMark() {
    assertThat(AttributionExtractor.extract("The minister said that taxes would rise."))
        .extracting(Attribution::content)
        .containsExactly("that taxes would rise");
  }

  @Test
  void reportsSpansThatCoverTheReportedStrings() {
    String text =
        "\u201cWe will win,\u201d said Jane Smith. According to a party statement, "
            + "turnout rose.";
    List<Attribution> found = RULES.get().extractFromText(text);
    assertThat(found).hasSize(2);
    for (Attribution a : found) {
      assertThat(a.contentSpan().in(text)).isEqualTo(a.content());
      if (a.cue() != null) {
        assertThat(a.cueSpan().in(text)).isEqualTo(a.cue());
      }
      if (a.speaker() != null) {
        assertThat(a.speakerSpan().in(text)).isEqualTo(a.speaker());
      }
      if (a.document() != null) {
        assertThat(a.documentSpan().in(text)).isEqualTo(a.document());
      }
    }
  }

  @Test
  void readsCuesFromCustomLexicon(@TempDir Path dir) throws Exception {
    Path lexicon = dir.resolve("cues.txt");
    Files.writeString(lexicon, "# only one cue\nspeech verb grumble\n");
    AttributionExtractor extractor = AttributionExtractor.builder().cueLexicon(lexicon).build();
    List<Attribution> found =
        extractor.extractFromText("The coach grumbled that the pitch was wet.");
    assertThat(found).extracting(Attribution::cue).containsExactly("grumbled");
    assertThat(extractor.extract(Document.of("d", "The coach grumbled that the pitch was wet.")))
        .isEqualTo(found);
    assertThat(found.get(0).cueKind()).isEqualTo(CueKind.SPEECH);
    assertThat(extractor.cueLexicon()).contains(lexicon);
  }
}
