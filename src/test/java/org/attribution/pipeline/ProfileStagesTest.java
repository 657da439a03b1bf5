package org.attribution.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import org.attribution.Profile;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.CueReliability;
import org.junit.jupiter.api.Test;

class ProfileStagesTest {

  private static List<String> stageNames(Profile profile) {
    List<Annotator> stages =
        ProfileStages.of(profile)
            .annotators(
                CueLexicon.bundled(),
                CueReliability.bundled(ProfileStages.of(profile).cueModelFile()));
    return stages.stream().map(a -> a.getClass().getSimpleName()).toList();
  }

  @Test
  void fastProfileLoadsNoStatisticalModelFromCoreNlp() {
    assertThat(ProfileStages.of(Profile.FAST).corenlpProperties().getProperty("annotators"))
        .isEqualTo("tokenize,cleanxml,ssplit");
  }

  @Test
  void accurateProfileLeavesTheParseToTheCueSentenceParser() {
    assertThat(ProfileStages.of(Profile.ACCURATE).corenlpProperties().getProperty("annotators"))
        .isEqualTo("tokenize,cleanxml,ssplit,pos,lemma,ner")
        .doesNotContain("depparse");
    assertThat(stageNames(Profile.ACCURATE))
        .startsWith(
            "SentenceViewAnnotator",
            "WebNoiseAnnotator",
            "QuoteSpanAnnotator",
            "CueSentenceParser");
  }

  @Test
  void profilesShareTheStagesThatNeedNoParse() {
    List<String> shared =
        List.of(
            "WebNoiseAnnotator",
            "QuoteSpanAnnotator",
            "CueAnnotator",
            "CueClassifier",
            "DocumentLinker",
            "CommentClauseLinker",
            "SpeakerCanonicalizer",
            "QuoteContinuationLinker",
            "AttributionAssembler");

    assertThat(stageNames(Profile.FAST))
        .containsAll(shared)
        .contains("LexiconTagger", "ProperNameTagger", "FastSpeakerLinker", "MediumPhraseLinker")
        .doesNotContain("SpeakerLinker", "CueSentenceParser");
    assertThat(stageNames(Profile.ACCURATE)).containsAll(shared).contains("SpeakerLinker");
  }

  @Test
  void fastStagesRunInAnOrderThatMeetsTheirRequirements() {
    assertThat(AttributionPipeline.create(null, Profile.FAST).annotate("Smith said it works."))
        .hasSize(1);
  }

  @Test
  void learnedProfileTagsWithTheModelAndLoadsNoParser() {
    assertThat(ProfileStages.of(Profile.LEARNED).corenlpProperties().getProperty("annotators"))
        .doesNotContain("parse");
    assertThat(stageNames(Profile.LEARNED))
        .containsExactly(
            "SentenceViewAnnotator",
            "WebNoiseAnnotator",
            "QuoteSpanAnnotator",
            "TaggedSpanAnnotator",
            "PrepositionalCueAnnotator",
            "TaggedSpanLinker",
            "TaggedCandidateAnnotator",
            "MediumPhraseLinker",
            "CommentClauseLinker",
            "SpeakerCanonicalizer",
            "WebNoiseFilter",
            "TaggedAttributionAssembler");
  }
}
