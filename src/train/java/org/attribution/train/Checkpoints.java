package org.attribution.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The checkpoints of a training run in one directory: after epoch {@code n}, {@code
 * epoch-0n.ndlist} holds the parameters and the optimizer's moments (arrays named {@code p/…},
 * {@code m/…}, {@code v/…}) and {@code epoch-0n.properties} the step reached. Both are written to a
 * temporary file and renamed, so that a run killed while saving leaves the previous checkpoint
 * whole.
 */
final class Checkpoints {

  /** What a checkpoint restores. */
  record State(int epoch, long step, Map<String, NDArray> arrays) {}

  private final Path directory;

  Checkpoints(Path directory) {
    this.directory = directory;
  }

  void save(int epoch, long step, Map<String, NDArray> arrays) throws IOException {
    Files.createDirectories(directory);
    NDList list = new NDList();
    arrays.forEach(
        (name, array) -> {
          array.setName(name);
          list.add(array);
        });
    Path data = file(epoch, ".ndlist");
    Path temporary = data.resolveSibling(data.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      list.encode(out);
    }
    Files.move(
        temporary, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Properties properties = new Properties();
    properties.setProperty("epoch", Integer.toString(epoch));
    properties.setProperty("step", Long.toString(step));
    Path meta = file(epoch, ".properties");
    Path metaTemporary = meta.resolveSibling(meta.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(metaTemporary)) {
      properties.store(out, "training state after this epoch");
    }
    Files.move(
        metaTemporary, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The last whole checkpoint (both files present), if any. */
  Optional<Integer> latestEpoch() throws IOException {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("epoch-\\d+\\.properties"))
          .map(n -> Integer.parseInt(n.substring(6, n.length() - ".properties".length())))
          .filter(e -> Files.exists(file(e, ".ndlist")))
          .max(Integer::compare);
    }
  }

  State load(int epoch, NDManager manager) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file(epoch, ".properties"))) {
      properties.load(in);
    }
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file(epoch, ".ndlist"))) {
      for (NDArray array : NDList.decode(manager, in)) {
        arrays.put(array.getName(), array);
      }
    }
    return new State(epoch, Long.parseLong(properties.getProperty("step")), arrays);
  }

  Path file(int epoch, String suffix) {
    return directory.resolve(String.format("epoch-%02d%s", epoch, suffix));
  }
}
