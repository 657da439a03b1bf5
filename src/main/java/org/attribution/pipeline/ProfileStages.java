package org.attribution.pipeline;

import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Properties;
import org.attribution.Profile;
import org.attribution.annotate.content.ContentAnnotator;
import org.attribution.annotate.cue.CueAnnotator;
import org.attribution.annotate.cue.CueClassifier;
import org.attribution.annotate.cue.CueSentenceParser;
import org.attribution.annotate.quote.QuoteSpanAnnotator;
import org.attribution.annotate.record.AttributionAssembler;
import org.attribution.annotate.record.TaggedAttributionAssembler;
import org.attribution.annotate.record.WebNoiseFilter;
import org.attribution.annotate.speaker.CommentClauseLinker;
import org.attribution.annotate.speaker.DocumentLinker;
import org.attribution.annotate.speaker.FastSpeakerLinker;
import org.attribution.annotate.speaker.MediumPhraseLinker;
import org.attribution.annotate.speaker.QuoteContinuationLinker;
import org.attribution.annotate.speaker.SpeakerCanonicalizer;
import org.attribution.annotate.speaker.SpeakerLinker;
import org.attribution.annotate.tagged.PrepositionalCueAnnotator;
import org.attribution.annotate.tagged.TaggedCandidateAnnotator;
import org.attribution.annotate.tagged.TaggedSpanAnnotator;
import org.attribution.annotate.tagged.TaggedSpanLinker;
import org.attribution.annotate.tokens.LexiconTagger;
import org.attribution.annotate.tokens.ProperNameTagger;
import org.attribution.annotate.tokens.SentenceViewAnnotator;
import org.attribution.annotate.tokens.WebNoiseAnnotator;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.CueReliability;
import org.attribution.lexicon.DocumentNouns;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.TagLexicon;
import org.attribution.lexicon.WordList;
import org.attribution.tagger.SpanTagger;

/**
 * The stages of each {@link Profile}, in one place: the CoreNLP annotators to load and the
 * attribution annotators to run after them. Every profile first builds the view of each sentence
 * once ({@link SentenceViewAnnotator}), for all its stages to read. The rule-based profiles share
 * the stages that need no parse (quotes, lexicon cues, cue reliability, documents, comment clauses,
 * canonical names, continuations, records); the fast one tags words from a lexicon ({@link
 * LexiconTagger}) instead of CoreNLP's tagger, swaps content finding and speaker linking for
 * versions over tags and punctuation, and the entity tagger for {@link ProperNameTagger}. The
 * learned profile goes in one line: the tagger's spans, the one linker that links them into
 * attributions, their candidates, then the canonical names, page furniture filter and record
 * contract of the others. Immutable and thread-safe.
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

  /**
   * The trained files under {@code models/} that this profile loads, besides the lexicons every
   * profile shares: its cue model and, for the learned profile, the tagger's.
   */
  public List<String> modelFiles() {
    return switch (profile) {
      case ACCURATE, FAST -> List.of(cueModelFile());
      case LEARNED ->
          List.of(cueModelFile(), SpanTagger.MODEL, SpanTagger.VOCABULARY, SpanTagger.TRANSITIONS);
    };
  }

  /** What CoreNLP must load and run before the attribution annotators. */
  public Properties corenlpProperties() {
    return CoreNlpSettings.properties(profile);
  }

  /** New attribution annotators, in the order they run, with the bundled tagger. */
  public List<Annotator> annotators(CueLexicon cues, CueReliability reliability) {
    return annotators(cues, reliability, ProfileModels.bundled(profile));
  }

  /** New attribution annotators, in the order they run, with the tagger of {@code models}. */
  public List<Annotator> annotators(
      CueLexicon cues, CueReliability reliability, ProfileModels models) {
    WordList organizationNouns = WordList.load("organization-nouns.txt");
    DocumentNouns documentNouns = DocumentNouns.load();
    WordList titles = WordList.load("titles.txt");
    SpeakerCanonicalizer canonicalizer =
        new SpeakerCanonicalizer(
            FirstNames.bundled(),
            organizationNouns,
            titles,
            // the animate nouns where the profile's models ship them (CoreNlpSettings.models)
            CoreNlpSettings.models(profile).contains(Animacy.RESOURCE)
                ? Animacy.coreNlp()
                : Animacy.none());
    return switch (profile) {
      case ACCURATE ->
          List.of(
              new SentenceViewAnnotator(),
              new WebNoiseAnnotator(),
              new QuoteSpanAnnotator(),
              CueSentenceParser.load(cues, CoreNlpSettings.MAX_SENTENCE_TOKENS),
              new CueAnnotator(cues),
              new ContentAnnotator(),
              new CueClassifier(reliability),
              new SpeakerLinker(),
              new DocumentLinker(documentNouns),
              new CommentClauseLinker(reliability),
              canonicalizer,
              new QuoteContinuationLinker(reliability),
              new WebNoiseFilter(),
              new AttributionAssembler());
      case FAST ->
          List.of(
              new SentenceViewAnnotator(),
              new WebNoiseAnnotator(),
              new LexiconTagger(TagLexicon.bundled(), CoreNlpSettings.MAX_SENTENCE_TOKENS),
              new QuoteSpanAnnotator(),
              new ProperNameTagger(organizationNouns, titles),
              new CueAnnotator(cues),
              ContentAnnotator.overTags(),
              new CueClassifier(reliability),
              new FastSpeakerLinker(),
              new DocumentLinker(documentNouns),
              new MediumPhraseLinker(documentNouns),
              new CommentClauseLinker(reliability),
              canonicalizer,
              new QuoteContinuationLinker(reliability),
              new WebNoiseFilter(),
              new AttributionAssembler());
      case LEARNED ->
          List.of(
              new SentenceViewAnnotator(),
              new WebNoiseAnnotator(),
              new QuoteSpanAnnotator(), // canonical names take no antecedent from inside a quote
              new TaggedSpanAnnotator(models.tagger()),
              new PrepositionalCueAnnotator(cues),
              new TaggedSpanLinker(),
              new TaggedCandidateAnnotator(cues, documentNouns),
              new MediumPhraseLinker(documentNouns),
              new CommentClauseLinker(reliability),
              canonicalizer,
              new WebNoiseFilter(),
              new TaggedAttributionAssembler());
    };
  }
}
