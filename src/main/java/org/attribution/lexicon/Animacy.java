package org.attribution.lexicon;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Nouns that name beings who can speak ({@code economist}, {@code residents}, {@code police}):
 * CoreNLP's list of animate nouns ({@code edu/stanford/nlp/models/dcoref/animate.unigrams.txt} in
 * its models jar, which the parsing profile loads anyway), read once on first use. Immutable and
 * thread-safe.
 */
public final class Animacy {

  /** The list in CoreNLP's models, as a classpath resource. */
  public static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  private static final Supplier<Animacy> CORENLP = Suppliers.memoize(Animacy::read);
  private static final Animacy NONE = new Animacy(ImmutableSet.of());

  private final ImmutableSet<String> animate;

  private Animacy(ImmutableSet<String> animate) {
    this.animate = animate;
  }

  /** No noun: for a profile that loads no CoreNLP model, whose kinds come from the lexicons. */
  public static Animacy none() {
    return NONE;
  }

  /** CoreNLP's list, read on the first call. */
  public static Animacy coreNlp() {
    return CORENLP.get();
  }

  private static Animacy read() {
    try (InputStream in = Animacy.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the classpath (one of CoreNLP's models)");
      }
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(w -> w.strip().toLowerCase(Locale.ROOT))
          .filter(w -> !w.isEmpty())
          .forEach(words::add);
      return new Animacy(words.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** True when {@code noun} (a word or lemma, any case) names a being. */
  public boolean isAnimate(String noun) {
    return animate.contains(noun.toLowerCase(Locale.ROOT));
  }
}
