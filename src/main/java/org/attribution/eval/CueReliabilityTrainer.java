package org.attribution.eval;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attribution.Profile;
import org.attribution.annotate.speaker.QuoteContinuationLinker;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.lexicon.CueReliability;
import org.attribution.pipeline.AttributionPipeline;

/**
 * Learns {@link CueReliability} from gold: runs the pipeline with every cue trusted over each gold
 * document (quote continuations included, under their own entry), matches its candidates to the
 * gold attributions as the scorer does (trimmed content IoU at least 0.5, one to one), and counts
 * per cue entry and frame how many candidates matched. Counting is exact and order-free, so the
 * same gold gives the same model on any number of threads.
 *
 * <p>Not thread-safe itself; it runs its own pool.
 */
public final class CueReliabilityTrainer {

  private final AttributionPipeline pipeline;

  /** A trainer over the candidates {@code profile} finds. */
  public CueReliabilityTrainer(Profile profile) {
    this.pipeline = AttributionPipeline.create(null, CueReliability.uninformed(), profile);
  }

  /** Trains on every document of {@code gold} with {@code threads} workers. */
  public CueReliability train(EvalCorpus gold, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, long[]>>> counted = new ArrayList<>();
      for (EvalDocument doc : gold.documents()) {
        counted.add(pool.submit(() -> count(doc)));
      }
      Map<String, long[]> total = new TreeMap<>();
      for (Future<Map<String, long[]>> f : counted) {
        f.get()
            .forEach(
                (k, v) -> {
                  long[] t = total.computeIfAbsent(k, x -> new long[2]);
                  t[0] += v[0];
                  t[1] += v[1];
                });
      }
      return CueReliability.of(CueReliability.withBackOff(total));
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "training failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The key of a candidate: continuations, which have no cue, under their own entry; nesting is
   * judged among the cued candidates, as the classifier sees them before continuations are linked.
   */
  private static String key(Candidate c, Set<Candidate> nested) {
    String entry = c.cue() == null ? QuoteContinuationLinker.ENTRY : c.cue().entry();
    return CueReliability.key(entry, c.rule(), nested.contains(c));
  }

  private Map<String, long[]> count(EvalDocument doc) {
    Annotation annotation = pipeline.run(doc.text() == null ? "" : doc.text());
    List<Candidate> all = annotation.get(CandidatesAnnotation.class);
    List<Candidate> cued = all.stream().filter(c -> c.cue() != null).toList();
    Map<EvalAttribution, Candidate> byPrediction = new IdentityHashMap<>();
    List<EvalAttribution> predicted = new ArrayList<>();
    for (Candidate c : all) {
      EvalAttribution p =
          new EvalAttribution(
              c.type().name(),
              null,
              new CharSpan(c.content().begin(), c.content().end()),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              false);
      predicted.add(p);
      byPrediction.put(p, c);
    }
    Set<Candidate> nested = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean[] cuedNested = Candidate.cuesNested(cued);
    for (int i = 0; i < cuedNested.length; i++) {
      if (cuedNested[i]) {
        nested.add(cued.get(i));
      }
    }
    Map<String, long[]> counts = new TreeMap<>();
    for (Candidate c : all) {
      counts.computeIfAbsent(key(c, nested), k -> new long[2])[1]++;
    }
    for (ContentMatcher.Match m : ContentMatcher.match(doc, predicted, GoldSubset.ALL).matches()) {
      counts.get(key(byPrediction.get(m.predicted()), nested))[0]++;
    }
    return counts;
  }
}
