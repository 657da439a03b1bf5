package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

class CueReliabilityTrainerTest {

  private static final Path GOLD = Path.of("samples/putin-xi-2024-05-16.expected.jsonl");

  private static String trainedTsv(Profile profile, int threads) throws Exception {
    StringWriter out = new StringWriter();
    new CueReliabilityTrainer(profile).train(EvalCorpus.readGold(GOLD), threads).write(out, "test");
    return out.toString();
  }

  @Test
  void learnsThatSaidWithAClauseMarksAttributions() throws Exception {
    String tsv = trainedTsv(Profile.ACCURATE, 1);
    assertThat(tsv).contains("say\tCLAUSE\t");
    assertThat(tsv.lines().filter(l -> l.startsWith("say\tCLAUSE\t")).findFirst().orElseThrow())
        .matches("say\tCLAUSE\t([1-9]\\d*)\t\\1");
  }

  @Test
  void trainsTheSameModelOnAnyNumberOfThreads() throws Exception {
    assertThat(trainedTsv(Profile.ACCURATE, 2)).isEqualTo(trainedTsv(Profile.ACCURATE, 1));
  }

  @Test
  void trainsTheFastProfileOverItsOwnCandidates() throws Exception {
    String fast = trainedTsv(Profile.FAST, 1);
    assertThat(fast).contains("say\tCLAUSE\t").isNotEqualTo(trainedTsv(Profile.ACCURATE, 1));
  }
}
