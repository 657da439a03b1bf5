package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  @ParameterizedTest
  @CsvSource({
    "article.txt, TXT", "ARTICLE.TXT, TXT", "news.jsonl, JSONL", "news.jsonl.gz, JSONL",
    "news.ndjson, JSONL", "dump.json.gz, JSONL", "CC-NEWS-20240516.warc.gz, WARC",
        "crawl.warc, WARC"
  })
  void tellsTheFormatFromTheFileName(String name, InputFormat expected) {
    assertThat(InputFormat.fromName(name, false)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"page.html", "archive.gz", "data.csv", "README"})
  void knowsNoFormatForOtherNames(String name) {
    assertThat(InputFormat.fromName(name, false)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"articles", "corpus.jsonl"})
  void readsAFolderAsTextFiles(String name) {
    assertThat(InputFormat.fromName(name, true)).contains(InputFormat.TXT);
  }
}
