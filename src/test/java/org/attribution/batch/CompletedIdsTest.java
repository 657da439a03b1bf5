package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletedIdsTest {

  @Test
  void matchesEachCompleteRecordToOneInputDocumentOnly() {
    long[] hashes = {CompletedIds.hash("dup"), CompletedIds.hash("one"), CompletedIds.hash("dup")};
    CompletedIds done = CompletedIds.ofHashes(hashes, 3);

    assertThat(done.claim("dup")).isTrue();
    assertThat(done.claim("one")).isTrue();
    assertThat(done.claim("dup")).isTrue();
    assertThat(done.claim("dup")).as("a third occurrence was never written").isFalse();
    assertThat(done.claim("one")).isFalse();
    assertThat(done.claim("other")).isFalse();
  }

  @Test
  void holdsNothingForAFreshRun() {
    assertThat(CompletedIds.none().size()).isZero();
    assertThat(CompletedIds.none().claim("any")).isFalse();
  }
}
