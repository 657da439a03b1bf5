package org.attribution.pipeline;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import org.attribution.Profile;
import org.attribution.annotate.AttributionAssembler;
import org.attribution.annotate.ContentAnnotator;
import org.attribution.annotate.CueAnnotator;
import org.attribution.annotate.CueClassifier;
import org.attribution.annotate.CueSentenceParser;
import org.attribution.annotate.DocumentLinker;
import org.attribution.annotate.FastSpeakerLinker;
import org.attribution.annotate.LexiconTagger;
import org.attribution.annotate.ProperNameTagger;
import org.attribution.annotate.QuoteContinuationLinker;
import org.attribution.annotate.QuoteSpanAnnotator;
import org.attribution.annotate.SpeakerCanonicalizer;
import org.attribution.annotate.SpeakerLinker;
import org.attribution.annotate.TaggedAttributionAssembler;
import org.attribution.annotate.TaggedSpanAnnotator;
import org.attribution.annotate.TaggedSpanLinker;
import org.attribution.annotate.WebNoiseFilter;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.CueReliability;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.TagLexicon;
import org.attribution.lexicon.WordList;
import org.attribution.tagger.SpanTagger;

/**
 * The stages of each {@link Profile}, in one place: the CoreNLP annotators to load and the
 * attribution annotators to run after them. Both profiles share the stages that need no parse
 * (quotes, lexicon cues, cue reliability, documents, canonical names, continuations, records); the
 * fast one tags words from a lexicon ({@link LexiconTagger}) instead of CoreNLP's tagger, swaps
 * content finding and speaker linking for versions over tags and punctuation, and the entity tagger
 * for {@link ProperNameTagger}. Immutable and thread-safe.
 */
public final class ProfileStages {

  private final Profile profile;

  private ProfileStages(Profile profile) {
    this.profile = profile;
  }

  public static ProfileStages of(Profile profile) {
    return new ProfileStages(profile);
  }

  /**
   * The file name, under {@code models/}, of the cue model trained over this profile's candidates:
   * the fast profile finds content by other rules, so its cues are reliable at other rates.
   */
  public String cueModelFile() {
    return switch (profile) {
      case ACCURATE, LEARNED -> "cue-reliability.tsv";
      case FAST -> "cue-reliability-fast.tsv";
    };
  }

  /** What CoreNLP must load and run before the attribution annotators. */
  public Properties corenlpProperties() {
    return CoreNlpSettings.properties(profile);
  }

  /** New attribution annotators, in the order they run. */
  public List<Annotator> annotators(CueLexicon cues, CueReliability reliability) {
    WordList organizationNouns = WordList.load("organization-nouns.txt");
    WordList documentNouns = WordList.load("document-nouns.txt");
    WordList titles = WordList.load("titles.txt");
    SpeakerCanonicalizer canonicalizer =
        new SpeakerCanonicalizer(FirstNames.bundled(), organizationNouns, titles);
    return switch (profile) {
      case ACCURATE ->
          List.of(
              new QuoteSpanAnnotator(),
              CueSentenceParser.load(cues, CoreNlpSettings.MAX_SENTENCE_TOKENS),
              new CueAnnotator(cues),
              new ContentAnnotator(),
              new CueClassifier(reliability),
              new SpeakerLinker(),
              new DocumentLinker(documentNouns),
              canonicalizer,
              new QuoteContinuationLinker(reliability),
              new WebNoiseFilter(),
              new AttributionAssembler());
      case FAST ->
          List.of(
              new LexiconTagger(TagLexicon.bundled(), CoreNlpSettings.MAX_SENTENCE_TOKENS),
              new QuoteSpanAnnotator(),
              new ProperNameTagger(organizationNouns, titles),
              new CueAnnotator(cues),
              ContentAnnotator.overTags(),
              new CueClassifier(reliability),
              new FastSpeakerLinker(),
              new DocumentLinker(documentNouns),
              canonicalizer,
              new QuoteContinuationLinker(reliability),
              new WebNoiseFilter(),
              new AttributionAssembler());
      case LEARNED ->
          List.of(
              new QuoteSpanAnnotator(), // canonical names take no antecedent from inside a quote
              new TaggedSpanAnnotator(SpanTagger.bundled()),
              new TaggedSpanLinker(cues, documentNouns),
              canonicalizer,
              new TaggedAttributionAssembler());
    };
  }
}
