package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One extractor shared by eight threads finds in each sample exactly what one thread finds. */
class ConcurrentExtractionTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void eightThreadsSharingOneExtractorFindWhatOneThreadFinds() throws Exception {
    AttributionExtractor extractor = AttributionExtractor.defaultExtractor();
    Map<String, String> samples = samples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
    Map<String, List<Attribution>> alone = new LinkedHashMap<>();
    samples.forEach((name, text) -> alone.put(name, extractor.extract(Document.of(name, text))));
    assertThat(alone.values())
        .as("samples with attributions")
        .filteredOn(found -> !found.isEmpty())
        .hasSizeGreaterThanOrEqualTo(3);

    List<String> work = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      work.addAll(samples.keySet());
    }
    Collections.shuffle(work, new Random(5));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Attribution>>> results = new ArrayList<>();
    try {
      for (String name : work) {
        results.add(
            pool.submit(
                () -> {
                  start.await(); // all threads go at once, to meet in the extractor
                  return extractor.extract(Document.of(name, samples.get(name)));
                }));
      }
      start.countDown();
      for (int i = 0; i < work.size(); i++) {
        assertThat(results.get(i).get(5, TimeUnit.MINUTES))
            .as(work.get(i))
            .isEqualTo(alone.get(work.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, String> samples() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return texts;
  }
}
