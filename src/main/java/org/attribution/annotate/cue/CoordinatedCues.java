package org.attribution.annotate.cue;

import com.google.common.base.Suppliers;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.attribution.CueKind;
import org.attribution.annotation.Cue;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.WordList;

/**
 * Tells when a cue verb that the parser conjoined to the head of another verb's complement clause
 * is in fact coordinated with that verb. In {@code He said the money was "too little, too late" and
 * accused the government of ...} the parser makes {@code accused} a conjunct of {@code little},
 * whose subject {@code the money} cannot speak: a careful reader takes {@code accused} as a second
 * verb of {@code He}, outside what he said. Where the clause's subject can speak ({@code said the
 * council met and agreed to ...}), the conjunct stays inside the clause. Beings come from named
 * entities, personal pronouns, CoreNLP's animate nouns ({@link Animacy}) and {@code
 * models/organization-nouns.txt}. Stateless and thread-safe.
 */
public final class CoordinatedCues {

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass");
  private static final Set<String> THINGS = Set.of("it", "this", "that", "these", "those");
  private static final Supplier<WordList> ORGANIZATION_NOUNS =
      Suppliers.memoize(() -> WordList.load("organization-nouns.txt"));

  private CoordinatedCues() {}

  /**
   * The verb whose complement clause the speech cue {@code cue} was wrongly conjoined into, or 0
   * when it is not such a conjunct: it has no subject or auxiliary of its own, it is a conjunct of
   * the head of a complement clause (or of a loose verb inside one), and that clause's subject
   * cannot speak. Claims ("said the town was reviewing it and had not decided") stay inside the
   * clause, and so does a conjunct with its own auxiliary ("would depress revenue ... but would
   * eventually add $84 billion").
   */
  public static int outerVerb(ParsedSentence s, Cue cue) {
    int verb = cue.head();
    if (cue.role() != Cue.Role.VERB
        || cue.kind() != CueKind.SPEECH
        || !s.relation(verb).equals("conj")
        || s.child(verb, SUBJECTS) != 0
        || s.child(verb, AUXILIARIES) != 0
        || !s.tag(verb).startsWith("VB")) {
      return 0;
    }
    int clause = s.governor(verb);
    if (s.relation(clause).equals("dep") && s.governor(clause) < clause) {
      clause = s.governor(clause); // "the money saved would go ... and accused": "go" hangs loose
    }
    if (!s.relation(clause).equals("ccomp") || clause > verb) {
      return 0;
    }
    int subject = s.child(clause, SUBJECTS);
    return subject == 0 || canSpeak(s, subject) ? 0 : s.governor(clause);
  }

  private static boolean canSpeak(ParsedSentence s, int noun) {
    String entity = s.ner(noun);
    if (entity.equals("PERSON") || entity.equals("ORGANIZATION") || s.tag(noun).startsWith("NNP")) {
      return true;
    }
    if (s.tag(noun).startsWith("PRP") || s.tag(noun).startsWith("DT")) {
      return !THINGS.contains(s.lemma(noun).toLowerCase(Locale.ROOT));
    }
    return Animacy.coreNlp().isAnimate(s.lemma(noun))
        || Animacy.coreNlp().isAnimate(s.word(noun))
        || ORGANIZATION_NOUNS.get().contains(s.lemma(noun));
  }
}
