package org.attribution.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.internal.BundledModels;

/** Reads lexicon files: one entry a line, {@code #} comments and blank lines dropped. */
final class LexiconFiles {

  private LexiconFiles() {}

  /** The entries of the bundled resource {@code /org/attribution/models/<name>}. */
  static ImmutableList<String> lines(String name) {
    try (InputStream in = BundledModels.open(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon " + BundledModels.path(name) + " is not on the classpath");
      }
      return entries(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + BundledModels.path(name), e);
    }
  }

  /**
   * The words of the bundled {@code /models/<name>}, a {@code WORD<TAB>F or M} file, with their
   * gender; of a word listed twice, the last.
   */
  static ImmutableMap<String, Gender> genders(String name) {
    ImmutableMap.Builder<String, Gender> genders = ImmutableMap.builder();
    for (String line : lines(name)) {
      String[] fields = line.split("\t");
      genders.put(fields[0], fields[1].equals("F") ? Gender.FEMALE : Gender.MALE);
    }
    return genders.buildKeepingLast();
  }

  /** The entries of a lexicon file on disk. */
  static ImmutableList<String> lines(Path file) {
    try {
      return entries(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file, e);
    }
  }

  private static ImmutableList<String> entries(List<String> raw) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : raw) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out.build();
  }
}
