package org.attribution.pipeline;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.attribution.Profile;
import org.attribution.lexicon.CueReliability;
import org.attribution.tagger.SpanTagger;

/**
 * The trained models a profile reads, and where from: the jar, or a folder of the user's that holds
 * them under the names the training commands write ({@code cue-reliability.tsv} for {@code
 * ACCURATE}, {@code cue-reliability-fast.tsv} for {@code FAST}, {@code tagger.onnx} with its {@code
 * tagger-transitions.tsv} for {@code LEARNED}). A folder must hold every model of the profile, so
 * that no bundled model stands in silently for one the user meant to replace.
 *
 * <pre>{@code
 * ProfileModels models = ProfileModels.inFolder(Profile.LEARNED, Path.of("my-models"));
 * String line = models.describe();   // "tagger.onnx, tagger-transitions.tsv from my-models"
 * }</pre>
 *
 * <p>Immutable and thread-safe; the models are read by {@link #cueReliability()} and {@link
 * #tagger()}, each call anew.
 */
public final class ProfileModels {

  private final Profile profile;
  private final Optional<Path> folder;

  private ProfileModels(Profile profile, Optional<Path> folder) {
    this.profile = profile;
    this.folder = folder;
  }

  /** The models shipped in the jar. */
  public static ProfileModels bundled(Profile profile) {
    return new ProfileModels(profile, Optional.empty());
  }

  /**
   * The models of {@code profile} in {@code folder}.
   *
   * @throws IllegalArgumentException naming what is missing, when the folder or one of the
   *     profile's files is not there
   */
  public static ProfileModels inFolder(Profile profile, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "models folder "
              + folder
              + (Files.exists(folder)
                  ? " is a file; name the folder that holds it"
                  : " not found"));
    }
    for (String file : files(profile)) {
      if (!Files.isRegularFile(folder.resolve(file))) {
        throw new IllegalArgumentException(
            folder.resolve(file)
                + " not found: the "
                + profile
                + " profile reads "
                + String.join(" and ", files(profile))
                + " from a models folder");
      }
    }
    return new ProfileModels(profile, Optional.of(folder));
  }

  /** The names of the files the profile reads, as a models folder holds them. */
  public static ImmutableList<String> files(Profile profile) {
    return switch (profile) {
      case ACCURATE, FAST -> ImmutableList.of(ProfileStages.of(profile).cueModelFile());
      case LEARNED -> ImmutableList.of(SpanTagger.MODEL, SpanTagger.TRANSITIONS);
    };
  }

  /** The profile whose models these are. */
  public Profile profile() {
    return profile;
  }

  /** The user's folder, if the models come from one. */
  public Optional<Path> folder() {
    return folder;
  }

  /**
   * Which models are read and where from, in a few words: {@code cue-reliability.tsv (bundled)}.
   */
  public String describe() {
    return String.join(", ", files(profile))
        + folder.map(f -> " from " + f).orElse(" (bundled in the jar)");
  }

  /** The cue model of the profile, read from the folder or the jar. */
  public CueReliability cueReliability() {
    String file = ProfileStages.of(profile).cueModelFile();
    return folder
        .filter(f -> files(profile).contains(file))
        .map(f -> CueReliability.fromFile(f.resolve(file)))
        .orElseGet(() -> CueReliability.bundled(file));
  }

  /** The learned tagger, read from the folder or the jar. */
  public SpanTagger tagger() {
    return folder.map(SpanTagger::inFolder).orElseGet(SpanTagger::bundled);
  }
}
