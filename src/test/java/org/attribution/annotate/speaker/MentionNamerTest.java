package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.attribution.SpeakerKind;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.WordList;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

/** Names of mentions the entity tagger left untagged, read off tags given by hand. */
class MentionNamerTest {

  private static ResolvedName named(String words, int head) {
    Annotation annotation = TokenizedText.tagged(words);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = ParsedSentence.of(annotation);
    MentionNamer namer =
        new MentionNamer(
            text,
            new NameIndex(sentences, text, WordList.load("titles.txt")),
            WordList.load("organization-nouns.txt"),
            WordList.load("titles.txt"));
    return namer.nameOrDescription(sentences.get(0), head, new int[] {1, head});
  }

  @Test
  void namesThePersonAfterATitleInAProperNounRun() {
    ResolvedName r =
        named("Additional/NNP Municipal/NNP Commissioner/NNP P/NNP Velrasu/NNP said/VBD so/RB", 5);

    assertThat(r).isEqualTo(new ResolvedName("P Velrasu", SpeakerKind.PERSON));
  }

  @Test
  void keepsAProperNounRunWithoutATitleWhole() {
    ResolvedName r = named("Rail/NNP Delivery/NNP Group/NNP said/VBD so/RB", 3);

    assertThat(r.name()).isEqualTo("Rail Delivery Group");
  }
}
