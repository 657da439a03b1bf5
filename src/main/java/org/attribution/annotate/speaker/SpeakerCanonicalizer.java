package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CoordinatedSpeakersAnnotation;
import org.attribution.annotation.AttributionAnnotations.DocumentsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersCanonicalAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Mention;
import org.attribution.internal.Interrupts;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.WordList;

/**
 * Gives each speaker its fullest name in the document and its kind, as a careful reader would:
 *
 * <ul>
 *   <li>a surname or a title and surname becomes the longest name that contains it ({@code Mr.
 *       Cheng} becomes {@code Cheng Chin-mo});
 *   <li>a description with a name in apposition becomes the name ({@code An economist at the state
 *       university, Priya Nair} becomes {@code Priya Nair});
 *   <li>a spokesperson becomes the one spoken for ({@code a spokesperson for the Library Board},
 *       {@code a Red Cross spokesman}), an unnamed one the organization that spoke in the same
 *       sentence or the one before;
 *   <li>{@code he}, {@code she}, {@code it} and {@code they} the nearest person or organization
 *       before that agrees in gender and number, by salience ({@link Antecedents});
 *   <li>{@code I} and {@code we} inside another attribution's content that attribution's speaker;
 *   <li>{@code who} and {@code which} their antecedent;
 *   <li>a role description the one person the text gives that title to ({@code the CCP leader}
 *       becomes {@code Xi Jinping}) or the one organization whose name ends with its noun ({@code
 *       the ministry} becomes {@code Health Ministry}), and otherwise stays a description ({@code
 *       the shipping minister}), never a wrong name;
 *   <li>a mention that coordinates names ({@code Russian President Vladimir Putin and Chinese
 *       Communist Leader Xi Jinping}) every one of them, the first as the canonical name ({@link
 *       CoordinatedSpeakersAnnotation});
 *   <li>a document its issuer when the text names one ({@code a Kremlin statement} is the
 *       Kremlin's).
 * </ul>
 *
 * Kinds come from named-entity tags, {@code models/organization-nouns.txt}, {@code
 * models/titles.txt} and, with a parse, CoreNLP's animate nouns; a speaker described by an animate
 * noun is a person in every profile that loads the list (all but FAST). Needs documents linked, the
 * page furniture (no pronoun means a name in a byline or a photo credit), named entities and quoted
 * spans; marks {@link SpeakersCanonicalAnnotation}.
 */
public final class SpeakerCanonicalizer extends ContractAnnotator {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

  private final FirstNames firstNames;
  private final WordList organizationNouns;
  private final WordList titles;
  private final Animacy beings;

  /**
   * A canonicalizer over the given lexicons; {@code beings} tells a description's head noun that
   * names a person ({@code a senior administration official}) where the lexicons do not.
   */
  public SpeakerCanonicalizer(
      FirstNames firstNames, WordList organizationNouns, WordList titles, Animacy beings) {
    this.firstNames = firstNames;
    this.organizationNouns = organizationNouns;
    this.titles = titles;
    this.beings = beings;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    SpeakerResolver resolver =
        new SpeakerResolver(
            sentences,
            text,
            annotation.get(QuotedSpansAnnotation.class),
            annotation.get(WebNoiseAnnotation.class),
            firstNames,
            organizationNouns,
            titles);
    List<Candidate> resolved = new ArrayList<>();
    Map<Span, List<String>> coordinated = new HashMap<>();
    for (Candidate candidate : annotation.get(CandidatesAnnotation.class)) {
      Interrupts.check();
      Candidate done = coordinated(candidate, resolver, sentences, coordinated);
      done = done != null ? done : resolve(candidate, resolver, sentences, resolved);
      resolver.remember(done);
      resolved.add(asDescribedBeing(done, sentences));
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(resolved));
    annotation.set(CoordinatedSpeakersAnnotation.class, Map.copyOf(coordinated));
    annotation.set(SpeakersCanonicalAnnotation.class, true);
  }

  /**
   * A candidate whose speaker mention coordinates names ({@code Putin and Xi}), with the first
   * speaker's canonical name, every speaker's name put in {@code coordinated}; null for any other.
   */
  private static Candidate coordinated(
      Candidate candidate,
      SpeakerResolver resolver,
      List<ParsedSentence> sentences,
      Map<Span, List<String>> coordinated) {
    Mention speaker = candidate.speaker();
    if (speaker == null) {
      return null;
    }
    List<ResolvedName> each = new ArrayList<>();
    for (Mention conjunct : CoordinatedSpeakers.of(sentences.get(speaker.sentence()), speaker)) {
      ResolvedName r = resolver.speaker(conjunct, candidate.content());
      if (r.name() != null && each.stream().noneMatch(e -> e.name().equals(r.name()))) {
        each.add(r);
      }
    }
    if (each.size() < 2) {
      return null;
    }
    List<String> names = each.stream().map(ResolvedName::name).toList();
    coordinated.put(speaker.span(), names);
    return candidate.withCanonical(names.get(0), each.get(0).kind());
  }

  private static Candidate resolve(
      Candidate candidate,
      SpeakerResolver resolver,
      List<ParsedSentence> sentences,
      List<Candidate> before) {
    Mention speaker = candidate.speaker();
    if (speaker != null) {
      ParsedSentence s = sentences.get(speaker.sentence());
      if (FIRST_PERSON.contains(s.word(speaker.head()).toLowerCase(Locale.ROOT))) {
        return quoting(candidate, before);
      }
      ResolvedName r = resolver.speaker(speaker, candidate.content());
      return candidate.withCanonical(r.name(), r.kind());
    }
    if (candidate.document() != null) {
      ResolvedName r = resolver.issuer(candidate.document());
      return candidate.withCanonical(r.name(), r.name() == null ? SpeakerKind.DOCUMENT : r.kind());
    }
    return candidate;
  }

  /**
   * A speaker that is its own description, headed by a noun that names a being ({@code a senior
   * administration official}, {@code experts}), as a person, whatever organization its other words
   * name. The record only: as an antecedent the description stays what it was, since a pronoun
   * after {@code The Republican nominee} more often means the person the article named than the
   * description.
   */
  private Candidate asDescribedBeing(Candidate c, List<ParsedSentence> sentences) {
    Mention speaker = c.speaker();
    if (speaker == null
        || speaker.head() < 1
        || c.canonical() == null
        || c.kind() == SpeakerKind.PERSON) {
      return c;
    }
    ParsedSentence s = sentences.get(speaker.sentence());
    String tag = s.tag(speaker.head());
    String lemma = s.lemma(speaker.head());
    boolean being =
        tag.startsWith("NN")
            && !tag.startsWith("NNP")
            && !organizationNouns.contains(lemma)
            && beings.isAnimate(lemma)
            && c.canonical().contains(s.word(speaker.head()));
    return being ? c.withCanonical(c.canonical(), SpeakerKind.PERSON) : c;
  }

  /**
   * "I think" inside what someone says: the one who says it. A quote that continues an "I" speaker
   * has no cue of its own, so its content places it.
   */
  private static Candidate quoting(Candidate candidate, List<Candidate> before) {
    Span at = candidate.cue() != null ? candidate.cue().span() : candidate.content();
    for (int i = before.size() - 1; i >= 0; i--) {
      Candidate outer = before.get(i);
      if (outer.content().contains(at) && outer.canonical() != null) {
        return candidate.withCanonical(outer.canonical(), outer.kind());
      }
    }
    return candidate.withCanonical(null, SpeakerKind.PERSON);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CandidatesAnnotation.class,
        DocumentsLinkedAnnotation.class,
        QuotedSpansAnnotation.class,
        WebNoiseAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(SpeakersCanonicalAnnotation.class, CoordinatedSpeakersAnnotation.class);
  }
}
